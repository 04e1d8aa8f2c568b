-- Every public text an admin writes has a Chinese and an English version (decision 025): one of the
-- two is required, the other optional. The former single-language columns become the English ones;
-- a text with Chinese characters and no Latin letter in it was written in Chinese and moves to the
-- Chinese column (the demo rows, in English, stay English until the demo script adds Chinese).
-- Admins correct any other row in the programme form, which shows both languages side by side.

ALTER TABLE bureau
    CHANGE name name_en VARCHAR(200) NULL,
    ADD COLUMN name_zh VARCHAR(200) NULL AFTER name_en,
    ADD CONSTRAINT uk_bureau_name_zh UNIQUE (name_zh),
    ADD CONSTRAINT ck_bureau_name CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL);

ALTER TABLE dialogue
    CHANGE title title_en VARCHAR(200) NULL,
    ADD COLUMN title_zh VARCHAR(200) NULL AFTER title_en,
    CHANGE summary summary_en VARCHAR(4000) NULL,
    ADD COLUMN summary_zh VARCHAR(4000) NULL AFTER summary_en,
    CHANGE guest_name guest_name_en VARCHAR(120) NULL,
    ADD COLUMN guest_name_zh VARCHAR(120) NULL AFTER guest_name_en,
    CHANGE guest_title guest_title_en VARCHAR(300) NULL,
    ADD COLUMN guest_title_zh VARCHAR(300) NULL AFTER guest_title_en,
    ADD COLUMN series_en VARCHAR(300) NULL AFTER guest_title_zh,
    ADD COLUMN series_zh VARCHAR(300) NULL AFTER series_en,
    ADD CONSTRAINT ck_dialogue_title CHECK (title_en IS NOT NULL OR title_zh IS NOT NULL),
    ADD CONSTRAINT ck_dialogue_summary CHECK (summary_en IS NOT NULL OR summary_zh IS NOT NULL),
    ADD CONSTRAINT ck_dialogue_guest_name CHECK (guest_name_en IS NOT NULL OR guest_name_zh IS NOT NULL),
    ADD CONSTRAINT ck_dialogue_guest_title CHECK (guest_title_en IS NOT NULL OR guest_title_zh IS NOT NULL);

ALTER TABLE topic
    CHANGE title title_en VARCHAR(200) NULL,
    ADD COLUMN title_zh VARCHAR(200) NULL AFTER title_en,
    CHANGE summary summary_en VARCHAR(2000) NULL,
    ADD COLUMN summary_zh VARCHAR(2000) NULL AFTER summary_en,
    ADD CONSTRAINT ck_topic_title CHECK (title_en IS NOT NULL OR title_zh IS NOT NULL);

ALTER TABLE answer_template
    CHANGE title title_en VARCHAR(120) NULL,
    ADD COLUMN title_zh VARCHAR(120) NULL AFTER title_en,
    CHANGE body body_en VARCHAR(5000) NULL,
    ADD COLUMN body_zh VARCHAR(5000) NULL AFTER body_en,
    ADD CONSTRAINT ck_answer_template_title CHECK (title_en IS NOT NULL OR title_zh IS NOT NULL),
    ADD CONSTRAINT ck_answer_template_body CHECK (body_en IS NOT NULL OR body_zh IS NOT NULL);

-- Topics had an empty summary for "none".
UPDATE topic SET summary_en = NULL WHERE summary_en = '';

-- Rows written in Chinese: Han characters and no Latin letter. SET assigns left to right, so the
-- Chinese column receives the text before the English one is emptied.
UPDATE bureau SET name_zh = name_en, name_en = NULL
    WHERE name_en REGEXP '\\p{Han}' AND name_en NOT REGEXP '[A-Za-z]';
UPDATE dialogue SET title_zh = title_en, title_en = NULL
    WHERE title_en REGEXP '\\p{Han}' AND title_en NOT REGEXP '[A-Za-z]';
UPDATE dialogue SET summary_zh = summary_en, summary_en = NULL
    WHERE summary_en REGEXP '\\p{Han}' AND summary_en NOT REGEXP '[A-Za-z]';
UPDATE dialogue SET guest_name_zh = guest_name_en, guest_name_en = NULL
    WHERE guest_name_en REGEXP '\\p{Han}' AND guest_name_en NOT REGEXP '[A-Za-z]';
UPDATE dialogue SET guest_title_zh = guest_title_en, guest_title_en = NULL
    WHERE guest_title_en REGEXP '\\p{Han}' AND guest_title_en NOT REGEXP '[A-Za-z]';
UPDATE topic SET title_zh = title_en, title_en = NULL
    WHERE title_en REGEXP '\\p{Han}' AND title_en NOT REGEXP '[A-Za-z]';
UPDATE topic SET summary_zh = summary_en, summary_en = NULL
    WHERE summary_en REGEXP '\\p{Han}' AND summary_en NOT REGEXP '[A-Za-z]';
UPDATE answer_template SET title_zh = title_en, title_en = NULL
    WHERE title_en REGEXP '\\p{Han}' AND title_en NOT REGEXP '[A-Za-z]';
UPDATE answer_template SET body_zh = body_en, body_en = NULL
    WHERE body_en REGEXP '\\p{Han}' AND body_en NOT REGEXP '[A-Za-z]';
