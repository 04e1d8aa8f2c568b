-- Suspensions and answer templates become aggregates written through Spring Data JDBC
-- (docs/decisions/033-one-persistence-rule.md): each row carries the version its optimistic lock
-- checks. Existing rows start at 0, as a newly saved aggregate does.
ALTER TABLE suspension ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE answer_template ADD COLUMN version INT NOT NULL DEFAULT 0;
