-- E-mail verification (decision 021): a new account confirms its address before its first
-- question, comment, vote or report. Accounts that exist now count as verified. The link's token
-- is single-use and expires; only its SHA-256 is stored, as for password resets (decision 018).
ALTER TABLE account ADD COLUMN email_verified_at DATETIME(6) NULL;

UPDATE account SET email_verified_at = created_at WHERE email_verified_at IS NULL;

CREATE TABLE email_verification_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT fk_email_verification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_email_verification_token UNIQUE (token_hash),
    INDEX ix_email_verification_account (account_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
