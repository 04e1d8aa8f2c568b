-- Official answers in Chinese, English or both (decision 025). The answer keeps its columns body and
-- bureau_name as the English version (every reader of answers names them) and gains body_zh and
-- bureau_name_zh; a revision keeps both texts. An answer written in Chinese (Han characters, no Latin
-- letter) moves to body_zh; the bureau's Chinese name is taken from the bureau it was signed with.

ALTER TABLE answer
    MODIFY body VARCHAR(5000) NULL,
    ADD COLUMN body_zh VARCHAR(5000) NULL AFTER body,
    MODIFY bureau_name VARCHAR(200) NULL,
    ADD COLUMN bureau_name_zh VARCHAR(200) NULL AFTER bureau_name,
    ADD CONSTRAINT ck_answer_body CHECK (body IS NOT NULL OR body_zh IS NOT NULL);

ALTER TABLE answer_revision
    MODIFY body VARCHAR(5000) NULL,
    ADD COLUMN body_zh VARCHAR(5000) NULL AFTER body,
    ADD CONSTRAINT ck_answer_revision_body CHECK (body IS NOT NULL OR body_zh IS NOT NULL);

UPDATE answer SET body_zh = body, body = NULL WHERE body REGEXP '\\p{Han}' AND body NOT REGEXP '[A-Za-z]';
UPDATE answer_revision SET body_zh = body, body = NULL WHERE body REGEXP '\\p{Han}' AND body NOT REGEXP '[A-Za-z]';

UPDATE answer a JOIN dialogue d ON d.id = a.dialogue_id JOIN bureau b ON b.id = d.bureau_id
    SET a.bureau_name_zh = b.name_zh
    WHERE a.bureau_name = b.name_en OR (b.name_en IS NULL AND a.bureau_name = b.name_zh);
UPDATE answer SET bureau_name = NULL WHERE bureau_name = bureau_name_zh;
