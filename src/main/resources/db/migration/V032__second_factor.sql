-- The second factor of sign-in (decision 023): a TOTP secret per account, confirmed once the person
-- typed a first code from it; the last time step used, so a code is never accepted twice; and
-- recovery codes, of which only the SHA-256 is stored (they are random, 50 bits each).
CREATE TABLE second_factor (
    account_id      BIGINT      NOT NULL PRIMARY KEY,
    totp_secret     VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    confirmed_at    DATETIME(6) NULL,
    last_used_step  BIGINT      NULL,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE recovery_code (
    id          BIGINT      AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_recovery_code_account (account_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
