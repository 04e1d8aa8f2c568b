CREATE TABLE bureau (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version INT          NOT NULL DEFAULT 0,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT uk_bureau_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE dialogue (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        INT           NOT NULL DEFAULT 0,
    slug           VARCHAR(80)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(4000) NOT NULL,
    guest_name     VARCHAR(120)  NOT NULL,
    guest_title    VARCHAR(300)  NOT NULL,
    bureau_id      BIGINT        NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    starts_at      DATETIME(6)   NULL,
    livestream_url VARCHAR(500)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uk_dialogue_slug UNIQUE (slug),
    CONSTRAINT fk_dialogue_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id),
    INDEX ix_dialogue_status (status, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE topic (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    dialogue_id BIGINT        NOT NULL,
    slug        VARCHAR(80)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    position    INT           NOT NULL,
    CONSTRAINT uk_topic_slug UNIQUE (dialogue_id, slug),
    CONSTRAINT fk_topic_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
