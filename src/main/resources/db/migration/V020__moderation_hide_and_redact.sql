-- Moderation after publication: a published submission can be hidden (by a moderator, or by
-- enough distinct residents' reports) and restored. Redaction keeps the author's original text
-- for moderators and the audit log; public queries read body only, never original_body.
ALTER TABLE submission
    ADD COLUMN original_body     VARCHAR(1000) NULL,
    ADD COLUMN hidden_at         DATETIME(6)   NULL,
    ADD COLUMN hidden_reason     VARCHAR(500)  NULL,
    ADD COLUMN hidden_by_reports BOOLEAN       NOT NULL DEFAULT FALSE;

-- One report per resident and submission; resolved_at is set when a moderator acts on it.
CREATE TABLE report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT       NOT NULL,
    reporter_id   BIGINT       NOT NULL,
    reason        VARCHAR(20)  NOT NULL,
    detail        VARCHAR(500) NULL,
    reported_at   DATETIME(6)  NOT NULL,
    resolution    VARCHAR(12)  NULL,
    resolved_at   DATETIME(6)  NULL,
    resolved_by   BIGINT       NULL,
    CONSTRAINT uk_report_once UNIQUE (submission_id, reporter_id),
    CONSTRAINT fk_report_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_report_open (resolved_at, submission_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
