CREATE TABLE answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      INT           NOT NULL DEFAULT 0,
    question_id  BIGINT        NOT NULL,
    dialogue_id  BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    author_title VARCHAR(120)  NOT NULL,
    bureau_name  VARCHAR(200)  NOT NULL,
    body         VARCHAR(5000) NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    published_at DATETIME(6)   NULL,
    CONSTRAINT uk_answer_question UNIQUE (question_id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES submission (id),
    CONSTRAINT fk_answer_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_answer_published (status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
