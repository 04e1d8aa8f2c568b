-- Follow-up commitments an answer makes ("publish the plan by Q3"), each with a due date and a status.
CREATE TABLE commitment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     INT          NOT NULL DEFAULT 0,
    answer_id   BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    body        VARCHAR(500) NOT NULL,
    due_date    DATE         NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_commitment_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    INDEX ix_commitment_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
