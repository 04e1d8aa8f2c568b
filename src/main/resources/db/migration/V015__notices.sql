-- In-app notices; event_key makes each event notify a person at most once.
CREATE TABLE notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    question_id BIGINT       NULL,
    excerpt     VARCHAR(200) NOT NULL,
    detail      VARCHAR(500) NULL,
    event_key   VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    CONSTRAINT uk_notice_event UNIQUE (account_id, event_key),
    CONSTRAINT fk_notice_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_notice_unread (account_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
