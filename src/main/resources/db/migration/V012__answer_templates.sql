-- Starting texts for answers, kept by admins: for one programme, or for all (dialogue_id NULL).
CREATE TABLE answer_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id BIGINT        NULL,
    title       VARCHAR(120)  NOT NULL,
    body        VARCHAR(5000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_answer_template_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id),
    INDEX ix_answer_template_dialogue (dialogue_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
