-- Every moderator, staff and admin action: who, what, when, before/after (DESIGN.md §3).
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(60)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(20)   NOT NULL,
    target_id    BIGINT        NOT NULL,
    before_state VARCHAR(2000) NULL,
    after_state  VARCHAR(2000) NULL,
    detail       VARCHAR(1000) NULL,
    INDEX ix_audit_target (target_type, target_id, at),
    INDEX ix_audit_at (at),
    INDEX ix_audit_actor (actor_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
