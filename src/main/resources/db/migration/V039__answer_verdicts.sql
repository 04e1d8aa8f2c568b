-- Residents' verdicts on official answers (issue 17, part 1; decision 030). The asker rates each
-- published revision of the answer to their question once (the unique key holds the rule, also
-- under concurrent clicks) and may change the rating for 30 days from the first one. The optional
-- comment is a comment submission on the question (comment_id), moderated like every comment.
-- replied_at: staff answered the verdict with a new revision or a commitment after it.
CREATE TABLE answer_verdict (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    answer_id   BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    dialogue_id BIGINT      NOT NULL,
    revision_no INT         NOT NULL,
    account_id  BIGINT      NOT NULL,
    rating      VARCHAR(16) NOT NULL,
    comment_id  BIGINT      NULL,
    rated_at    DATETIME(6) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    replied_at  DATETIME(6) NULL,
    CONSTRAINT uk_answer_verdict_once UNIQUE (answer_id, revision_no, account_id),
    CONSTRAINT fk_answer_verdict_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_answer_verdict_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_answer_verdict_question (question_id, revision_no),
    INDEX ix_answer_verdict_desk (dialogue_id, rating, replied_at, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- "This answer helped me": one per person and answer, from people who follow the question.
CREATE TABLE answer_helped (
    answer_id   BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    helped_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (answer_id, account_id),
    CONSTRAINT fk_answer_helped_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_answer_helped_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_answer_helped_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
