-- Suspensions of residents, with their history: who suspended whom, why, until when, and who
-- lifted it early. A suspension is in force while lifted_at is null and until_at is in the
-- future: it ends by itself, no job needed.
CREATE TABLE suspension (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    until_at          DATETIME(6)  NOT NULL,
    suspended_by      BIGINT       NULL,
    suspended_by_name VARCHAR(60)  NOT NULL,
    lifted_at         DATETIME(6)  NULL,
    lifted_by         BIGINT       NULL,
    lifted_by_name    VARCHAR(60)  NULL,
    CONSTRAINT fk_suspension_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_suspension_account (account_id, lifted_at, until_at),
    INDEX ix_suspension_active (lifted_at, until_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The audit log view filters by action.
CREATE INDEX ix_audit_action ON audit_entry (action, at);
