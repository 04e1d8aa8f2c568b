-- Every published version of an answer, in order: revision 1 is the first publication.
CREATE TABLE answer_revision (
    answer_id     BIGINT        NOT NULL,
    revision_no   INT           NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    body          VARCHAR(5000) NOT NULL,
    department    VARCHAR(200)  NULL,
    follow_up     VARCHAR(500)  NULL,
    promised_date DATE          NULL,
    author_title  VARCHAR(120)  NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (answer_id, revision_no),
    CONSTRAINT fk_answer_revision_answer FOREIGN KEY (answer_id) REFERENCES answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
