-- Blocked words and phrases, managed by admins, in any language. Matching is case-insensitive
-- substring matching in the application (Chinese has no word boundaries); the case-insensitive
-- collation makes "Spam" and "spam" one phrase.
CREATE TABLE blocked_phrase (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    INT          NOT NULL DEFAULT 0,
    phrase     VARCHAR(100) NOT NULL,
    action     VARCHAR(10)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_blocked_phrase UNIQUE (phrase)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A submission held for moderation because it contains a phrase with the HOLD action: the
-- phrase is shown to moderators on the queue item, never to the public.
ALTER TABLE submission
    ADD COLUMN held_phrase VARCHAR(100) NULL;
