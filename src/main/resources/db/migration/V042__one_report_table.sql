-- One report capability keyed by the kind of subject (issue 15, part 4; decision 036): reports on
-- official answers move into the report table, next to reports on questions and comments. Each
-- kind keeps its own column with its own foreign key; exactly one is set.
ALTER TABLE report
    MODIFY submission_id BIGINT NULL,
    ADD COLUMN answer_id BIGINT NULL AFTER submission_id,
    ADD CONSTRAINT uk_report_answer_once UNIQUE (answer_id, reporter_id),
    ADD CONSTRAINT fk_report_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    ADD CONSTRAINT ck_report_one_subject CHECK ((submission_id IS NULL) <> (answer_id IS NULL)),
    ADD INDEX ix_report_answer_open (resolved_at, answer_id);

INSERT INTO report (answer_id, reporter_id, reason, detail, reported_at, resolution, resolved_at, resolved_by)
SELECT answer_id, reporter_id, reason, detail, reported_at, resolution, resolved_at, resolved_by
FROM answer_report ORDER BY id;

DROP TABLE answer_report;
