package org.citizendialogue.answer;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The bureau's answer to one question: a draft until published. */
@Table("answer")
class Answer {

    static final int BODY_MAX = 5000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long questionId;
    private long dialogueId;
    private long authorId;
    private String authorTitle;
    private String bureauName;
    private String body;
    private AnswerStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;

    @PersistenceCreator
    Answer() {
    }

    static Answer draft(long questionId, long dialogueId, long authorId, String authorTitle, String bureauName,
            String body, Instant now) {
        var a = new Answer();
        a.questionId = questionId;
        a.dialogueId = dialogueId;
        a.authorId = authorId;
        a.authorTitle = authorTitle;
        a.bureauName = bureauName;
        a.body = body;
        a.status = AnswerStatus.DRAFT;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** Changes the text; the latest editor answers for it. */
    void edit(String newBody, long editorId, String editorTitle, Instant now) {
        body = newBody;
        authorId = editorId;
        authorTitle = editorTitle;
        updatedAt = now;
    }

    /** Makes the answer public; the first publication time stays the answer's time. */
    void publish(Instant now) {
        status = AnswerStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    String body() {
        return body;
    }

    AnswerStatus status() {
        return status;
    }

    long questionId() {
        return questionId;
    }
}
