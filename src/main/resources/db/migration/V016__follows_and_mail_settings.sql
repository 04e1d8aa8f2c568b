-- What residents follow (a topic or a question), and how much e-mail each person wants.
CREATE TABLE follow (
    account_id  BIGINT      NOT NULL,
    target_type VARCHAR(10) NOT NULL,
    target_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, target_type, target_id),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_follow_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mail_setting (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    setting    VARCHAR(12) NOT NULL,
    CONSTRAINT fk_mail_setting_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
