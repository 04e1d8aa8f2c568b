-- Which staff answer for which programme: a staff member with no row here answers for none.
CREATE TABLE programme_staff (
    dialogue_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (dialogue_id, account_id),
    CONSTRAINT fk_programme_staff_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id),
    CONSTRAINT fk_programme_staff_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_programme_staff_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
