package org.citizendialogue.submission;

import java.time.Instant;

import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.security.access.AccessDeniedException;

/** A question or a comment: its text, its author and where it stands in moderation. */
@Table("submission")
class Submission {

    static final int BODY_MAX = 1000;
    static final int NOTE_MAX = 500;

    @Id
    private Long id;

    @Version
    private Integer version;

    private SubmissionKind kind;
    private long dialogueId;
    private long topicId;
    private Long questionId;
    private long authorId;
    private String authorName;
    private String body;
    private SubmissionStatus status;
    private Instant submittedAt;
    private Instant decidedAt;
    private Long decidedBy;
    private String rejectionReason;
    private String rejectionNote;
    private Instant answeredAt;
    private String originalBody;
    private Instant hiddenAt;
    private String hiddenReason;
    private boolean hiddenByReports;
    private Long mergedInto;
    private String heldPhrase;

    @PersistenceCreator
    Submission() {}

    static Submission question(
            long dialogueId, long topicId, long authorId, String authorName, String body, Instant now) {
        return create(SubmissionKind.QUESTION, dialogueId, topicId, null, authorId, authorName, body, now);
    }

    static Submission comment(
            long dialogueId,
            long topicId,
            Long questionId,
            long authorId,
            String authorName,
            String body,
            Instant now) {
        return create(SubmissionKind.COMMENT, dialogueId, topicId, questionId, authorId, authorName, body, now);
    }

    private static Submission create(
            SubmissionKind kind,
            long dialogueId,
            long topicId,
            Long questionId,
            long authorId,
            String authorName,
            String body,
            Instant now) {
        var s = new Submission();
        s.kind = kind;
        s.dialogueId = dialogueId;
        s.topicId = topicId;
        s.questionId = questionId;
        s.authorId = authorId;
        s.authorName = authorName;
        s.body = body;
        s.status = SubmissionStatus.PENDING;
        s.submittedAt = now;
        return s;
    }

    /** Flags a new submission for the moderator: it contains a blocked phrase whose action is to hold. */
    void holdFor(String phrase) {
        requirePending();
        heldPhrase = phrase;
    }

    void publish(long moderatorId, Instant now) {
        requirePending();
        status = SubmissionStatus.PUBLISHED;
        decidedAt = now;
        decidedBy = moderatorId;
    }

    void reject(long moderatorId, String reason, String note, Instant now) {
        requirePending();
        if (reason == null) {
            throw DomainException.atField("reason", "validation.required");
        }
        status = SubmissionStatus.REJECTED;
        rejectionReason = reason;
        rejectionNote = note;
        decidedAt = now;
        decidedBy = moderatorId;
    }

    /**
     * Replaces the text before approval, to take out personal data. The author's first text is
     * kept once, however often the moderator edits; only moderators and the audit log see it.
     */
    void redact(String newBody) {
        requirePending();
        if (newBody.equals(body)) {
            return;
        }
        if (originalBody == null) {
            originalBody = body;
        }
        body = newBody;
    }

    /** Takes published content out of public view; the reason stays with moderators. */
    void hide(String reason, Instant now) {
        if (status != SubmissionStatus.PUBLISHED) {
            throw new DomainException("error.not-hideable");
        }
        status = SubmissionStatus.HIDDEN;
        hiddenAt = now;
        hiddenReason = reason;
        hiddenByReports = false;
    }

    /** Hidden pending review because enough distinct residents reported it. */
    void hideAfterReports(Instant now) {
        hide(null, now);
        hiddenByReports = true;
    }

    /** Back into public view, as it was. */
    void restore() {
        if (status != SubmissionStatus.HIDDEN) {
            throw new DomainException("error.not-hidden");
        }
        status = SubmissionStatus.PUBLISHED;
        hiddenAt = null;
        hiddenReason = null;
        hiddenByReports = false;
    }

    /**
     * Folds this question into a published one of the same programme: it leaves every public
     * list for good. A pending duplicate counts as decided by the moderator (transparency).
     */
    void mergeInto(Submission original, long moderatorId, Instant now) {
        if (kind != SubmissionKind.QUESTION || original.kind != SubmissionKind.QUESTION) {
            throw new DomainException("merge.error.not-question");
        }
        if (original.id.equals(id)) {
            throw new DomainException("merge.error.self");
        }
        if (original.status == SubmissionStatus.MERGED) {
            throw new DomainException("merge.error.original-merged", original.mergedInto);
        }
        if (original.status != SubmissionStatus.PUBLISHED) {
            throw new DomainException("merge.error.original-not-published");
        }
        if (original.dialogueId != dialogueId) {
            throw new DomainException("merge.error.other-programme");
        }
        if (status != SubmissionStatus.PENDING && status != SubmissionStatus.PUBLISHED) {
            throw new DomainException("error.already-decided");
        }
        if (answeredAt != null) {
            throw new DomainException("merge.error.answered");
        }
        if (status == SubmissionStatus.PENDING) {
            decidedAt = now;
            decidedBy = moderatorId;
        }
        status = SubmissionStatus.MERGED;
        mergedInto = original.id;
    }

    void withdraw(long byAccountId) {
        if (byAccountId != authorId) {
            throw new AccessDeniedException("Only the author may withdraw");
        }
        requirePending();
        status = SubmissionStatus.WITHDRAWN;
    }

    void markAnswered(Instant at) {
        if (kind != SubmissionKind.QUESTION || status != SubmissionStatus.PUBLISHED) {
            throw new DomainException("error.not-answerable");
        }
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    private void requirePending() {
        if (status != SubmissionStatus.PENDING) {
            throw new DomainException("error.already-decided");
        }
    }

    boolean isPublishedQuestion() {
        return kind == SubmissionKind.QUESTION && status == SubmissionStatus.PUBLISHED;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    SubmissionKind kind() {
        return kind;
    }

    long topicId() {
        return topicId;
    }

    long dialogueId() {
        return dialogueId;
    }

    Long questionId() {
        return questionId;
    }

    long authorId() {
        return authorId;
    }

    SubmissionStatus status() {
        return status;
    }

    String body() {
        return body;
    }

    String authorName() {
        return authorName;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    String originalBody() {
        return originalBody;
    }

    boolean hiddenByReports() {
        return hiddenByReports;
    }

    Long mergedInto() {
        return mergedInto;
    }

    String heldPhrase() {
        return heldPhrase;
    }

    /** The event saying this content left public view: by a moderator, or (byReports) by residents' reports. */
    SubmissionEvents.Hidden hiddenEvent(boolean byReports) {
        return new SubmissionEvents.Hidden(id, kind, topicId, questionId, authorId, byReports);
    }
}
