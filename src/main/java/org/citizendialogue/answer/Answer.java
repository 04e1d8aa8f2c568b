package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The bureau's answer to one question: a draft until published; its published versions are kept as revisions. */
@Table("answer")
class Answer {

    static final int BODY_MAX = 5000;
    static final int DEPARTMENT_MAX = 200;
    static final int FOLLOW_UP_MAX = 500;
    static final int LINK_MAX = 500;
    static final int HIDDEN_REASON_MAX = 500;

    @Id
    private Long id;

    @Version
    private Integer version;

    private long questionId;
    private long dialogueId;
    private long authorId;
    private String authorTitle;
    private String authorTitleZh;
    private String bureauName;
    private String bureauNameZh;
    private String body;
    private String bodyZh;
    private AnswerStatus status;
    private AnswerOutcome state;
    private String department;
    private String followUp;
    private LocalDate promisedDate;
    private Instant onAirAt;
    private Integer recordingSeconds;
    private String recordingLink;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant hiddenAt;
    private String hiddenReason;

    @PersistenceCreator
    Answer() {}

    static Answer draft(long questionId, long dialogueId, Bilingual bureau, Instant now) {
        var a = new Answer();
        a.questionId = questionId;
        a.dialogueId = dialogueId;
        a.bureauName = bureau.en();
        a.bureauNameZh = bureau.zh();
        a.status = AnswerStatus.DRAFT;
        a.state = AnswerOutcome.ANSWERED;
        a.createdAt = now;
        return a;
    }

    /** Takes over checked content; the latest editor answers for it. */
    void edit(Content content, long editorId, Bilingual editorTitle, Instant now) {
        body = content.text().en();
        bodyZh = content.text().zh();
        state = content.state();
        department = content.department();
        followUp = content.followUp();
        promisedDate = content.promisedDate();
        recordingSeconds = content.recordingSeconds();
        recordingLink = content.recordingLink();
        authorId = editorId;
        authorTitle = editorTitle.en();
        authorTitleZh = editorTitle.zh();
        updatedAt = now;
    }

    /** Notes when the question was first answered on air; that moment never changes afterwards. */
    void answeredOnAir(Instant at) {
        if (onAirAt == null && at != null) {
            onAirAt = at;
        }
    }

    /** Makes the answer public; the first publication time stays the answer's time. */
    void publish(Instant now) {
        status = AnswerStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    /** A moderator takes the published answer out of public view; staff may still edit it. */
    void hide(String reason, Instant now) {
        if (status != AnswerStatus.PUBLISHED || hiddenAt != null) {
            throw new DomainException("error.not-hideable");
        }
        hiddenAt = now;
        hiddenReason = reason;
    }

    /** Back into public view, as it was. */
    void restore() {
        if (hiddenAt == null) {
            throw new DomainException("error.not-hidden");
        }
        hiddenAt = null;
        hiddenReason = null;
    }

    boolean isPublic() {
        return status == AnswerStatus.PUBLISHED && hiddenAt == null;
    }

    /** The checked content of an answer (see AnswerDesk). */
    record Content(
            AnswerOutcome state,
            Bilingual text,
            String department,
            String followUp,
            LocalDate promisedDate,
            Integer recordingSeconds,
            String recordingLink) {}

    AnswerForm form() {
        return new AnswerForm(
                state,
                body == null ? "" : body,
                department,
                followUp,
                promisedDate,
                RecordingTime.format(recordingSeconds),
                recordingLink,
                bodyZh == null ? "" : bodyZh);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String body() {
        return body;
    }

    String bodyZh() {
        return bodyZh;
    }

    Bilingual text() {
        return Bilingual.of(bodyZh, body);
    }

    AnswerStatus status() {
        return status;
    }

    AnswerOutcome state() {
        return state;
    }

    LocalDate promisedDate() {
        return promisedDate;
    }

    long questionId() {
        return questionId;
    }

    long dialogueId() {
        return dialogueId;
    }

    String authorTitle() {
        return authorTitle;
    }

    String authorTitleZh() {
        return authorTitleZh;
    }

    String department() {
        return department;
    }

    String followUp() {
        return followUp;
    }

    long authorId() {
        return authorId;
    }

    Instant onAirAt() {
        return onAirAt;
    }
}
