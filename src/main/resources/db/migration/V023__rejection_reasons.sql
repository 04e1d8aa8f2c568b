-- Rejection reasons become a list the admins manage: a stable code (what submission.rejection_reason
-- holds), the public text in English and Simplified Chinese, an active flag (a used reason is never
-- deleted, only deactivated) and an order. Seeded with the codes and texts of the former fixed list,
-- so existing rows, demo data and notices keep working.
CREATE TABLE rejection_reason (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     INT          NOT NULL DEFAULT 0,
    code        VARCHAR(20)  NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    text_zh     VARCHAR(300) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    position    INT          NOT NULL,
    CONSTRAINT uk_rejection_reason_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO rejection_reason (code, text_en, text_zh, position) VALUES
    ('OFF_TOPIC', 'It is not about this topic.', '内容与本话题无关。', 1),
    ('PERSONAL_DATA', 'It contains personal data (such as a phone number, address or someone’s name).', '内容包含个人信息（如电话号码、住址或他人姓名）。', 2),
    ('ABUSIVE', 'It is abusive or disrespectful.', '内容含有辱骂或不尊重他人的言论。', 3),
    ('SPAM', 'It is spam or advertising.', '内容属于垃圾信息或广告。', 4),
    ('DUPLICATE', 'The same question has already been asked.', '已有人提出相同的问题。', 5),
    ('OTHER', 'It does not meet the participation rules.', '内容不符合参与规则。', 6);
