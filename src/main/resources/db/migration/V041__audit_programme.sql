-- The programme an audit entry is about, stored with the entry (docs/decisions/033-one-persistence-rule.md),
-- so that the audit view filters by programme without reading other modules' tables. Null for
-- entries about no programme (accounts, reasons, phrases, templates...). No foreign key: the trail
-- outlives what it names.
ALTER TABLE audit_entry ADD COLUMN dialogue_id BIGINT NULL AFTER target_id,
    ADD INDEX ix_audit_dialogue (dialogue_id, at);

-- Existing entries, filed the way the view found them until now.
UPDATE audit_entry SET dialogue_id = target_id WHERE target_type = 'DIALOGUE';
UPDATE audit_entry e JOIN submission s ON s.id = e.target_id
    SET e.dialogue_id = s.dialogue_id WHERE e.target_type = 'SUBMISSION';
UPDATE audit_entry e JOIN topic t ON t.id = e.target_id
    SET e.dialogue_id = t.dialogue_id WHERE e.target_type = 'TOPIC';
UPDATE audit_entry e JOIN answer a ON a.id = e.target_id JOIN submission s ON s.id = a.question_id
    SET e.dialogue_id = s.dialogue_id WHERE e.target_type = 'ANSWER';
