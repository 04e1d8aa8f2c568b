-- The public title staff answer under, in Chinese, English or both (decision 025, issue 16). The
-- account keeps public_title as the English version and gains public_title_zh; an answer and each of
-- its revisions keep the title they were signed with in both languages (author_title_zh). A title
-- written in Chinese (Han characters, no Latin letter) moves to the Chinese column, as V037 did for
-- answer texts.

ALTER TABLE account
    ADD COLUMN public_title_zh VARCHAR(120) NULL AFTER public_title;

ALTER TABLE answer
    MODIFY author_title VARCHAR(120) NULL,
    ADD COLUMN author_title_zh VARCHAR(120) NULL AFTER author_title,
    ADD CONSTRAINT ck_answer_author_title CHECK (author_title IS NOT NULL OR author_title_zh IS NOT NULL);

ALTER TABLE answer_revision
    MODIFY author_title VARCHAR(120) NULL,
    ADD COLUMN author_title_zh VARCHAR(120) NULL AFTER author_title,
    ADD CONSTRAINT ck_answer_revision_author_title CHECK (author_title IS NOT NULL OR author_title_zh IS NOT NULL);

UPDATE account SET public_title_zh = public_title, public_title = NULL
    WHERE public_title REGEXP '\\p{Han}' AND public_title NOT REGEXP '[A-Za-z]';
UPDATE answer SET author_title_zh = author_title, author_title = NULL
    WHERE author_title REGEXP '\\p{Han}' AND author_title NOT REGEXP '[A-Za-z]';
UPDATE answer_revision SET author_title_zh = author_title, author_title = NULL
    WHERE author_title REGEXP '\\p{Han}' AND author_title NOT REGEXP '[A-Za-z]';
