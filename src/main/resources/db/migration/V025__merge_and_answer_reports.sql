-- Duplicates: a question marked as a duplicate of a published one gets status MERGED and points
-- at the question it was merged into (its votes, comments and followers moved there).
ALTER TABLE submission
    ADD COLUMN merged_into BIGINT NULL,
    ADD CONSTRAINT fk_submission_merged_into FOREIGN KEY (merged_into) REFERENCES submission (id);

-- A published answer can be hidden by a moderator (with a reason) and restored. Residents'
-- reports on answers flag them for urgent review; they never hide an official answer by
-- themselves (docs/decisions/015-duplicates-and-answer-reports.md).
ALTER TABLE answer
    ADD COLUMN hidden_at     DATETIME(6)  NULL,
    ADD COLUMN hidden_reason VARCHAR(500) NULL;

-- One report per resident and answer; resolved_at is set when a moderator acts on it.
CREATE TABLE answer_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    answer_id   BIGINT       NOT NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500) NULL,
    reported_at DATETIME(6)  NOT NULL,
    resolution  VARCHAR(12)  NULL,
    resolved_at DATETIME(6)  NULL,
    resolved_by BIGINT       NULL,
    CONSTRAINT uk_answer_report_once UNIQUE (answer_id, reporter_id),
    CONSTRAINT fk_answer_report_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_answer_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_answer_report_open (resolved_at, answer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
