CREATE TABLE account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            INT          NOT NULL DEFAULT 0,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(60)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    public_title       VARCHAR(120) NULL,
    preferred_locale   VARCHAR(16)  NULL,
    privacy_consent_at DATETIME(6)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
