-- Live polls during a broadcast (issue 17, part 3; decision 028): staff of a programme prepare a
-- question with 2–6 options (English and/or Chinese), open it while the programme is OPEN or LIVE,
-- and close it; residents vote once (and may change while it is open). At most one poll of a
-- programme is open: the database holds the rule (a unique key over the open polls only).
CREATE TABLE poll (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          INT          NOT NULL DEFAULT 0,
    dialogue_id      BIGINT       NOT NULL,
    question_en      VARCHAR(200) NULL,
    question_zh      VARCHAR(200) NULL,
    status           VARCHAR(8)   NOT NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    opened_at        DATETIME(6)  NULL,
    closed_at        DATETIME(6)  NULL,
    open_dialogue_id BIGINT AS (CASE WHEN status = 'OPEN' THEN dialogue_id END) PERSISTENT,
    CONSTRAINT fk_poll_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id),
    CONSTRAINT uk_poll_one_open UNIQUE (open_dialogue_id),
    INDEX ix_poll_dialogue (dialogue_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE poll_option (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    poll_id    BIGINT       NOT NULL,
    position   INT          NOT NULL,
    label_en   VARCHAR(100) NULL,
    label_zh   VARCHAR(100) NULL,
    vote_count INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_poll_option_poll FOREIGN KEY (poll_id) REFERENCES poll (id) ON DELETE CASCADE,
    CONSTRAINT uk_poll_option_position UNIQUE (poll_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One vote per resident and poll (the primary key); the counts beside the options change in the
-- same transaction.
CREATE TABLE poll_vote (
    poll_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    option_id  BIGINT      NOT NULL,
    cast_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (poll_id, account_id),
    CONSTRAINT fk_poll_vote_poll FOREIGN KEY (poll_id) REFERENCES poll (id) ON DELETE CASCADE,
    CONSTRAINT fk_poll_vote_option FOREIGN KEY (option_id) REFERENCES poll_option (id),
    CONSTRAINT fk_poll_vote_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_poll_vote_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
