-- A moderator's claim on a pending submission, so that colleagues see it is being handled.
-- One claim per submission; a claim older than the configured lapse is ignored by every query
-- (compared with now), so nothing has to sweep them. Deciding the submission deletes its claim.
CREATE TABLE moderation_claim (
    submission_id  BIGINT      NOT NULL PRIMARY KEY,
    moderator_id   BIGINT      NOT NULL,
    moderator_name VARCHAR(60) NOT NULL,
    claimed_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_claim_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_moderator FOREIGN KEY (moderator_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The queue filtered by programme (and kind), oldest first, without scanning the whole queue.
-- The topic filter uses ix_submission_topic (topic_id, kind, status, submitted_at).
CREATE INDEX ix_submission_queue_dialogue ON submission (status, dialogue_id, kind, submitted_at);
