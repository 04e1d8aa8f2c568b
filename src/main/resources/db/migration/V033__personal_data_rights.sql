-- Residents' rights over their personal data (issue 12, decision 024).
-- An erased account keeps its row (its id is what published text, votes counted and the audit
-- log point at) without anything personal: no e-mail, no password, an empty name.
ALTER TABLE account
    MODIFY email VARCHAR(254) NULL,
    MODIFY password_hash VARCHAR(255) NULL,
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD COLUMN privacy_notice_version VARCHAR(20) NULL;

-- Everyone who signed up so far agreed to the first notice.
UPDATE account SET privacy_notice_version = '2026-01' WHERE privacy_notice_version IS NULL;

-- E-mail notifications become a choice of their own, off until chosen; people who signed up
-- before keep what they had (every notice by e-mail, the old default).
INSERT INTO mail_setting (account_id, setting)
SELECT a.id, 'ALL' FROM account a WHERE NOT EXISTS (SELECT 1 FROM mail_setting m WHERE m.account_id = a.id);

-- The retention job finds unverified accounts and decided submissions by age.
CREATE INDEX ix_account_unverified ON account (email_verified_at, created_at);
CREATE INDEX ix_submission_decided ON submission (status, decided_at);
