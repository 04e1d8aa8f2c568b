-- One vote per resident and question (the primary key), the count kept beside the question and
-- changed atomically by the same transaction that inserts or deletes the vote.
ALTER TABLE submission ADD COLUMN vote_count INT NOT NULL DEFAULT 0;
CREATE INDEX ix_submission_votes ON submission (topic_id, kind, status, vote_count);
CREATE INDEX ix_submission_dialogue_votes ON submission (dialogue_id, kind, status, vote_count);

CREATE TABLE vote (
    question_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    cast_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, account_id),
    CONSTRAINT fk_vote_question FOREIGN KEY (question_id) REFERENCES submission (id),
    CONSTRAINT fk_vote_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_vote_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- "Now answering": each on-air moment of a question during a live programme. The open one
-- (ended_at NULL) of a programme is the question being answered now; the record stays.
CREATE TABLE on_air (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    started_at  DATETIME(6) NOT NULL,
    ended_at    DATETIME(6) NULL,
    started_by  BIGINT      NOT NULL,
    CONSTRAINT fk_on_air_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id),
    CONSTRAINT fk_on_air_question FOREIGN KEY (question_id) REFERENCES submission (id),
    INDEX ix_on_air_current (dialogue_id, ended_at),
    INDEX ix_on_air_question (question_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
