-- An answer is given (ANSWERED), handed on to a department (FORWARDED) or promised for a date (LATER);
-- each carries text. The on-air record: when it was answered on air, and where in the recording.
ALTER TABLE answer
    ADD COLUMN state             VARCHAR(12)  NOT NULL DEFAULT 'ANSWERED',
    ADD COLUMN department        VARCHAR(200) NULL,
    ADD COLUMN follow_up         VARCHAR(500) NULL,
    ADD COLUMN promised_date     DATE         NULL,
    ADD COLUMN on_air_at         DATETIME(6)  NULL,
    ADD COLUMN recording_seconds INT          NULL,
    ADD COLUMN recording_link    VARCHAR(500) NULL;
