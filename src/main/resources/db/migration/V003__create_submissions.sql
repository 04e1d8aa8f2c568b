-- Questions and comments share one table: one moderation lifecycle, one queue.
-- question_id is set on a comment about a question; a comment with no question is about the topic.
CREATE TABLE submission (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          INT           NOT NULL DEFAULT 0,
    kind             VARCHAR(10)   NOT NULL,
    dialogue_id      BIGINT        NOT NULL,
    topic_id         BIGINT        NOT NULL,
    question_id      BIGINT        NULL,
    author_id        BIGINT        NOT NULL,
    author_name      VARCHAR(60)   NOT NULL,
    body             VARCHAR(1000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    decided_by       BIGINT        NULL,
    rejection_reason VARCHAR(20)   NULL,
    rejection_note   VARCHAR(500)  NULL,
    answered_at      DATETIME(6)   NULL,
    CONSTRAINT fk_submission_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_submission_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_submission_question FOREIGN KEY (question_id) REFERENCES submission (id),
    INDEX ix_submission_topic (topic_id, kind, status, submitted_at),
    INDEX ix_submission_queue (status, submitted_at),
    INDEX ix_submission_author (author_id, submitted_at),
    INDEX ix_submission_question (question_id, status, submitted_at),
    INDEX ix_submission_dialogue (dialogue_id, kind, status, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
