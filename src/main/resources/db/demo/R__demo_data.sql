-- Demo programme: the "Citizen Dialogue" interview with Zhang Jinsong on building a global digital economy
-- benchmark city (docs/product.md §1), with residents, moderated questions and comments, official answers and
-- the audit trail of every decision. Repeatable and idempotent: every row has a fixed id and INSERT IGNORE
-- skips rows that exist. Demo password of every account: dialogue-demo.

-- One instant for the whole script, so that answered_at of a question equals published_at of its answer.
SET @now = NOW(6);

INSERT IGNORE INTO account (id, email, display_name, password_hash, public_title, preferred_locale, privacy_consent_at, created_at) VALUES
    (1, 'resident@example.org', 'Li Na', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '21 00:37' DAY_MINUTE, @now - INTERVAL '21 00:37' DAY_MINUTE),
    (2, 'moderator@example.org', 'Wang Fang', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '30 01:14' DAY_MINUTE, @now - INTERVAL '30 01:14' DAY_MINUTE),
    (3, 'staff@example.org', 'Chen Jie', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', NULL, @now - INTERVAL '30 01:51' DAY_MINUTE, @now - INTERVAL '30 01:51' DAY_MINUTE),
    (4, 'admin@example.org', 'Admin', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '30 02:28' DAY_MINUTE, @now - INTERVAL '30 02:28' DAY_MINUTE),
    (5, 'zhao.lei@example.org', 'Zhao Lei', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '14 03:05' DAY_MINUTE, @now - INTERVAL '14 03:05' DAY_MINUTE),
    (6, 'liu.yang@example.org', '刘洋', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, 'zh-CN', @now - INTERVAL '12 03:42' DAY_MINUTE, @now - INTERVAL '12 03:42' DAY_MINUTE),
    (7, 'sun.mei@example.org', 'Sun Mei', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '10 04:19' DAY_MINUTE, @now - INTERVAL '10 04:19' DAY_MINUTE),
    (8, 'zhou.hao@example.org', '周浩', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, 'zh-CN', @now - INTERVAL '9 04:56' DAY_MINUTE, @now - INTERVAL '9 04:56' DAY_MINUTE),
    (9, 'gao.min@example.org', 'Gao Min', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, NULL, @now - INTERVAL '8 05:33' DAY_MINUTE, @now - INTERVAL '8 05:33' DAY_MINUTE),
    (10, 'huang.xiaoyu@example.org', '黄晓雨', '{bcrypt}$2a$10$P6/bw1vyUwMuH29wMgPog.oRVOYm/WfC5MGz8RP8YvsVd7Xj2FGs2', NULL, 'zh-CN', @now - INTERVAL '6 06:10' DAY_MINUTE, @now - INTERVAL '6 06:10' DAY_MINUTE);

-- the demo accounts have confirmed their e-mail addresses (decision 021)
UPDATE account SET email_verified_at = created_at WHERE id <= 10 AND email_verified_at IS NULL;
-- ... agreed to the privacy notice in force and chose e-mail notifications (decision 024)
-- (Sun Mei agreed to an older notice: signing in as her shows how a changed notice is agreed to again)
UPDATE account SET privacy_notice_version = '2026-01' WHERE id = 7 AND privacy_notice_version IS NULL;
UPDATE account SET privacy_notice_version = '2026-12-04' WHERE id <= 10 AND privacy_notice_version IS NULL;
INSERT IGNORE INTO mail_setting (account_id, setting) SELECT id, 'ALL' FROM account WHERE id <= 10;

INSERT IGNORE INTO account_role (account_id, role) VALUES
    (1, 'RESIDENT'),
    (2, 'MODERATOR'),
    (2, 'RESIDENT'),
    (3, 'STAFF'),
    (3, 'RESIDENT'),
    (4, 'ADMIN'),
    (4, 'RESIDENT'),
    (5, 'RESIDENT'),
    (6, 'RESIDENT'),
    (7, 'RESIDENT'),
    (8, 'RESIDENT'),
    (9, 'RESIDENT'),
    (10, 'RESIDENT');

-- The demo back-office accounts share a published TOTP secret (README, decision 023): in demo mode the
-- second-factor page shows the current code, so they can be tried without an authenticator app.
INSERT IGNORE INTO second_factor (account_id, totp_secret, created_at, confirmed_at) VALUES
    (2, 'CITIZENDIALOGUEDEMOSECRET2345677', @now - INTERVAL 30 DAY, @now - INTERVAL 30 DAY),
    (3, 'CITIZENDIALOGUEDEMOSECRET2345677', @now - INTERVAL 30 DAY, @now - INTERVAL 30 DAY),
    (4, 'CITIZENDIALOGUEDEMOSECRET2345677', @now - INTERVAL 30 DAY, @now - INTERVAL 30 DAY);

INSERT IGNORE INTO bureau (id, name_en) VALUES
    (1, 'Beijing Municipal Bureau of Economy and Information Technology');

INSERT IGNORE INTO dialogue (id, slug, title_en, summary_en, guest_name_en, guest_title_en, bureau_id, status, starts_at, livestream_url, created_at) VALUES
    (1, 'digital-economy-benchmark-city', 'Building a global digital economy benchmark city',
     'In this live interview of the "Citizen Dialogue" series, Zhang Jinsong, Director of the Beijing Municipal Bureau of Economy and Information Technology, explains how Beijing is building the global digital economy benchmark city it set out to create in July 2021. Digital technology is empowering industries, the city and daily life: the artificial intelligence industry exceeds 100 billion yuan, 75,000 5G base stations cover everything within the Fifth Ring Road, and 15 information consumption experience centres are open. He also speaks about the new tracks, the "five sons" linkage and the Regulations on the Promotion of the Digital Economy, in force since January 1.',
     'Zhang Jinsong', 'Secretary of the Party Group and Director, Beijing Municipal Bureau of Economy and Information Technology',
     1, 'OPEN', @now + INTERVAL 2 DAY, NULL, @now - INTERVAL 7 DAY);

INSERT IGNORE INTO topic (id, dialogue_id, slug, title_en, summary_en, position) VALUES
    (1, 1, 'benchmark-city', 'A global digital economy benchmark city',
     'In July 2021 Beijing set out to build a global digital economy benchmark city, as part of a new development pattern for the capital. For more than a year the digital economy has empowered industries, the city and daily life, and this year''s government work report calls for accelerating the work.', 1),
    (2, 1, 'digital-industries', 'Digitally empowered industries',
     'Beijing''s artificial intelligence industry exceeds 100 billion yuan, with more than 1,000 enterprises: 29% of the national total and first in the country. Blockchain also ranks first, the core industrial internet industry exceeds 100 billion yuan, and Foton Cummins and Sany Heavy Industry were selected as global "lighthouse factories".', 2),
    (3, 1, 'digital-cities', 'Digitally empowered cities',
     '75,000 5G base stations cover everything within the Fifth Ring Road, and 1.296 million users are connected to gigabit fixed broadband. The "Seven Links and One Flat" smart city infrastructure has been launched, and the country''s first high-level autonomous driving demonstration area has been built.', 3),
    (4, 1, 'digital-life', 'Digitally empowered life',
     'A cross-system digital medical demonstration centre, lighthouse communities and new forms of digital consumption are changing daily life. 15 information consumption experience centres have opened, and digital consumption during the 2022 Digital Economy Experience Week and Digital Consumption Festival reached nearly 7 billion yuan.', 4),
    (5, 1, 'new-tracks', 'The new tracks',
     'Beijing is helping several "new track" industries rise: autonomous driving, vehicle-road collaboration and shared travel; internet-based financial services; digital health; and digital consumption. Wangfujing, the CBD and other traditional business districts are to become pilot digital business districts, and a "quarter-hour convenient life circle" map covers more than 90,000 convenience outlets.', 5),
    (6, 1, 'five-sons', 'The "five sons" linkage',
     'The benchmark city is one of the "five sons" and supports the other four: digital technology innovation, the "two districts" opening-up, the international consumption centre city and Beijing-Tianjin-Hebei coordinated development. Beijing has held two Global Digital Economy Conferences and, with Tianjin and Hebei, set up an industrial internet collaborative development demonstration zone.', 6),
    (7, 1, 'digital-economy-regulations', 'The Regulations on the Promotion of the Digital Economy and next steps',
     'The Regulations of Beijing Municipality on the Promotion of the Digital Economy took effect on January 1, giving the benchmark city a legal basis: digital infrastructure, data resources, digital industries, smart city construction, and digital economy safety and security. Next, the city will push both digital industrialisation (high-end chips, basic software and hardware, artificial intelligence, blockchain, Internet 3.0) and the digitalisation of industry.', 7);

-- The Chinese version of the programme (decision 025), translated from the interview; the figures are the
-- interview's. UPDATEs, so that a demo database made before the texts had two languages gets them too.
UPDATE bureau SET name_zh = '北京市经济和信息化局' WHERE id = 1 AND name_zh IS NULL;

UPDATE dialogue SET
    title_zh = '建设全球数字经济标杆城市',
    summary_zh = '在“市民对话一把手”系列直播访谈中，北京市经济和信息化局党组书记、局长张劲松介绍北京如何建设2021年7月提出打造的全球数字经济标杆城市。数字技术全面赋能产业、城市和生活：全市人工智能产业规模超过1000亿元，建成5G基站7.5万个、实现五环内全覆盖，培育形成15家信息消费体验中心。他还谈到“新赛道”、“五子”联动，以及自1月1日起施行的《北京市数字经济促进条例》。',
    guest_name_zh = '张劲松',
    guest_title_zh = '北京市经济和信息化局党组书记、局长',
    series_zh = '“市民对话一把手”系列直播访谈，北京市政务服务管理局主办',
    series_en = 'The "Citizen Dialogue Leader" (市民对话一把手) series of live interviews, sponsored by the Beijing Municipal Administration of Government Services'
    WHERE id = 1 AND title_zh IS NULL;

UPDATE topic SET title_zh = '全球数字经济标杆城市',
    summary_zh = '2021年7月，北京提出建设全球数字经济标杆城市，积极构建首都新发展格局。一年多来，数字经济全面赋能产业、城市和生活，今年的政府工作报告也提出要加快建设数字经济标杆城市。'
    WHERE id = 1 AND title_zh IS NULL;
UPDATE topic SET title_zh = '数字赋能产业',
    summary_zh = '北京人工智能产业规模超过1000亿元，企业数量超过1000家，占全国的29%，居全国首位。区块链产业发展同样居全国首位，工业互联网核心产业规模超过1000亿元，福田康明斯和三一重工入选全球“灯塔工厂”。'
    WHERE id = 2 AND title_zh IS NULL;
UPDATE topic SET title_zh = '数字赋能城市',
    summary_zh = '建成5G基站7.5万个，实现五环内全覆盖，千兆固网接入用户达129.6万户。智慧城市“七通一平”基础设施建设全面启动，国内首个高级别自动驾驶示范区已经建成。'
    WHERE id = 3 AND title_zh IS NULL;
UPDATE topic SET title_zh = '数字赋能生活',
    summary_zh = '跨体系数字医疗示范中心、灯塔社区和数字消费新业态正在改变日常生活。全市培育形成15家信息消费体验中心，2022北京数字经济体验周暨数字消费节期间，数字消费累计金额近70亿元。'
    WHERE id = 4 AND title_zh IS NULL;
UPDATE topic SET title_zh = '新赛道',
    summary_zh = '北京助力多个“新赛道”产业快速崛起：自动驾驶、车路协同和共享出行；基于互联网平台的金融服务；数字健康；数字消费。王府井、CBD等传统商圈将打造示范性数字商圈试点，“一刻钟便民生活圈动态地图”覆盖全市9万多个便民商业网点。'
    WHERE id = 5 AND title_zh IS NULL;
UPDATE topic SET title_zh = '“五子”联动',
    summary_zh = '全球数字经济标杆城市建设是“五子”之一，与其他“四子”紧密关联、相互支撑：数字技术创新、“两区”建设、国际消费中心城市建设和京津冀协同发展。北京已成功举办两届全球数字经济大会，并与天津、河北签署共建工业互联网协同发展示范区的框架合作协议。'
    WHERE id = 6 AND title_zh IS NULL;
UPDATE topic SET title_zh = '《北京市数字经济促进条例》与下一步工作',
    summary_zh = '《北京市数字经济促进条例》于1月1日起正式施行，为建设全球数字经济标杆城市提供了法治保障，围绕数字基础设施、数据资源、数字经济产业、智慧城市建设、数字经济安全与保障进行顶层制度设计。下一步，一方面加快推进数字产业化（高端芯片、基础软硬件、人工智能、区块链、互联网3.0），另一方面加快推进产业数字化。'
    WHERE id = 7 AND title_zh IS NULL;

-- Questions and comments in the order they arrived; a comment on a question comes after it.
INSERT IGNORE INTO submission (id, kind, dialogue_id, topic_id, question_id, author_id, author_name, body, status,
                               submitted_at, decided_at, decided_by, rejection_reason, rejection_note, answered_at) VALUES
    (1, 'QUESTION', 1, 1, NULL, 5, 'Zhao Lei',
     'What does "global digital economy benchmark city" mean in measurable terms? Beijing set the goal in July 2021. Which indicators can residents check every year to see whether the city is on track?',
     'PUBLISHED', @now - INTERVAL '4 22:50' DAY_MINUTE, @now - INTERVAL '4 21:15' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '4 05:40' DAY_MINUTE),
    (2, 'QUESTION', 1, 2, NULL, 9, 'Gao Min',
     'Beijing''s AI industry is said to exceed 100 billion yuan, with more than 1,000 enterprises, 29% of the national total. How many of these are small start-ups, and what support does the city offer a young AI company that wants to settle here?',
     'PUBLISHED', @now - INTERVAL '4 21:00' DAY_MINUTE, @now - INTERVAL '4 19:50' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 21:35' DAY_MINUTE),
    (3, 'QUESTION', 1, 3, NULL, 1, 'Li Na',
     '75,000 5G base stations have been built and there is full coverage within the Fifth Ring Road. When will villages in the outer districts, for example in Miyun or Yanqing, get the same quality of coverage?',
     'PUBLISHED', @now - INTERVAL '4 20:10' DAY_MINUTE, @now - INTERVAL '4 19:20' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 17:45' DAY_MINUTE),
    (4, 'QUESTION', 1, 1, NULL, 1, 'Li Na',
     'The Director says the digital economy has empowered "industries, cities and lives" for more than a year. As an ordinary resident, where should I notice the change first? Could the bureau give two or three concrete examples from daily life?',
     'PUBLISHED', @now - INTERVAL '4 18:10' DAY_MINUTE, @now - INTERVAL '4 17:30' DAY_MINUTE, 2, NULL, NULL, NULL),
    (5, 'QUESTION', 1, 7, NULL, 7, 'Sun Mei',
     'The Regulations of Beijing Municipality on the Promotion of the Digital Economy took effect on January 1. What changes for a small business owner like me: are there new obligations, or mainly support measures?',
     'PUBLISHED', @now - INTERVAL '4 16:40' DAY_MINUTE, @now - INTERVAL '4 15:45' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '4 01:50' DAY_MINUTE),
    (6, 'COMMENT', 1, 3, 3, 5, 'Zhao Lei',
     'Same in Huairou: the signal is fine in the town centre but weak in the valleys. Glad this was asked.',
     'PUBLISHED', @now - INTERVAL '4 15:40' DAY_MINUTE, @now - INTERVAL '4 14:40' DAY_MINUTE, 2, NULL, NULL, NULL),
    (7, 'QUESTION', 1, 4, NULL, 9, 'Gao Min',
     'Where are the 15 information consumption experience centres, and can families or school classes visit them? Do we need to book in advance?',
     'PUBLISHED', @now - INTERVAL '4 15:30' DAY_MINUTE, @now - INTERVAL '4 14:25' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 21:10' DAY_MINUTE),
    (8, 'QUESTION', 1, 6, NULL, 9, 'Gao Min',
     'Beijing, Tianjin and Hebei signed a framework agreement on an industrial internet collaborative development demonstration zone. What does the Industrial Internet Data Element Registration Platform do, and can a small factory in Hebei that supplies Beijing companies join it?',
     'PUBLISHED', @now - INTERVAL '4 13:20' DAY_MINUTE, @now - INTERVAL '4 11:40' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 11:45' DAY_MINUTE),
    (9, 'QUESTION', 1, 3, NULL, 10, '黄晓雨',
     '国内首个高级别自动驾驶示范区已经在北京建成。请问普通市民现在能不能乘坐自动驾驶出租车？需要怎么预约？安全方面是怎么保障的？🚗',
     'PUBLISHED', @now - INTERVAL '4 10:40' DAY_MINUTE, @now - INTERVAL '4 10:05' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 13:30' DAY_MINUTE),
    (10, 'QUESTION', 1, 5, NULL, 5, 'Zhao Lei',
     'Wangfujing, the CBD and other traditional business districts are to become pilot digital business districts. What will shoppers actually see there, and will cash and bank cards still be accepted?',
     'PUBLISHED', @now - INTERVAL '4 09:00' DAY_MINUTE, @now - INTERVAL '4 08:15' DAY_MINUTE, 2, NULL, NULL, @now - INTERVAL '3 03:20' DAY_MINUTE),
    (11, 'COMMENT', 1, 3, 9, 6, '刘洋',
     '我在亦庄坐过一次无人驾驶出租车，起步和刹车都很平稳，体验不错！希望早点开到更多区。',
     'PUBLISHED', @now - INTERVAL '4 06:30' DAY_MINUTE, @now - INTERVAL '4 05:45' DAY_MINUTE, 2, NULL, NULL, NULL),
    (12, 'QUESTION', 1, 2, NULL, 5, 'Zhao Lei',
     'Foton Cummins and Sany Heavy Industry were selected as global "lighthouse factories". Will their experience be shared with smaller manufacturers in Beijing, for example through factory visits or training programmes?',
     'PUBLISHED', @now - INTERVAL '4 06:00' DAY_MINUTE, @now - INTERVAL '4 04:35' DAY_MINUTE, 2, NULL, NULL, NULL),
    (13, 'COMMENT', 1, 2, 2, 7, 'Sun Mei',
     'It would help to know which of the 1,000+ AI companies are hiring graduates. A simple public list would be very useful.',
     'PUBLISHED', @now - INTERVAL '4 04:00' DAY_MINUTE, @now - INTERVAL '4 02:50' DAY_MINUTE, 2, NULL, NULL, NULL),
    (14, 'QUESTION', 1, 4, NULL, 5, 'Zhao Lei',
     'The cross-system digital medical demonstration centre sounds promising. Will my records from different hospitals finally be visible in one place, and who decides which doctors may read them?',
     'PUBLISHED', @now - INTERVAL '4 01:00' DAY_MINUTE, @now - INTERVAL '3 23:30' DAY_MINUTE, 2, NULL, NULL, NULL),
    (15, 'QUESTION', 1, 6, NULL, 1, 'Li Na',
     'Could the bureau explain the "five sons" in plain words? Which are the other four, and why does the digital economy benchmark city matter for them?',
     'PUBLISHED', @now - INTERVAL '3 22:00' DAY_MINUTE, @now - INTERVAL '3 21:25' DAY_MINUTE, 2, NULL, NULL, NULL),
    (16, 'COMMENT', 1, 1, NULL, 10, '黄晓雨',
     '希望直播时能多讲讲普通家庭能感受到的变化。数字经济不只是大数字，也是看病、买菜、出行这些小事。',
     'PUBLISHED', @now - INTERVAL '3 20:40' DAY_MINUTE, @now - INTERVAL '3 19:50' DAY_MINUTE, 2, NULL, NULL, NULL),
    (17, 'QUESTION', 1, 3, NULL, 5, 'Zhao Lei',
     '1.296 million users are connected to gigabit fixed broadband, but many older residential compounds still only have old copper lines. Is there a plan to upgrade them, and who pays for the work inside the buildings?',
     'PUBLISHED', @now - INTERVAL '3 19:10' DAY_MINUTE, @now - INTERVAL '3 17:20' DAY_MINUTE, 2, NULL, NULL, NULL),
    (18, 'COMMENT', 1, 4, 14, 1, 'Li Na',
     'My mother has a chronic disease and sees doctors in two hospitals. Shared records would save her a lot of repeated tests.',
     'PUBLISHED', @now - INTERVAL '3 18:00' DAY_MINUTE, @now - INTERVAL '3 17:20' DAY_MINUTE, 2, NULL, NULL, NULL),
    (19, 'QUESTION', 1, 7, NULL, 1, 'Li Na',
     'The Regulations include "digital economy safety and security". What rights do residents have if a platform misuses their personal data, and where can we complain?',
     'PUBLISHED', @now - INTERVAL '3 17:10' DAY_MINUTE, @now - INTERVAL '3 16:10' DAY_MINUTE, 2, NULL, NULL, NULL),
    (20, 'QUESTION', 1, 1, NULL, 7, 'Sun Mei',
     'This year''s government work report asks to "accelerate" the construction of the benchmark city. Does that come with a new timetable or a bigger budget, and which projects will be sped up first?',
     'PUBLISHED', @now - INTERVAL '3 14:50' DAY_MINUTE, @now - INTERVAL '3 12:40' DAY_MINUTE, 2, NULL, NULL, NULL),
    (21, 'QUESTION', 1, 5, NULL, 7, 'Sun Mei',
     'What is the "quarter-hour convenient life circle dynamic map"? Can residents use it to find the nearest of the more than 90,000 convenience outlets, for example a breakfast shop or a repair service?',
     'PUBLISHED', @now - INTERVAL '3 13:30' DAY_MINUTE, @now - INTERVAL '3 12:10' DAY_MINUTE, 2, NULL, NULL, NULL),
    (22, 'COMMENT', 1, 6, 15, 8, '周浩',
     '“五子”指的是：国际科技创新中心建设、“两区”建设、全球数字经济标杆城市建设、以供给侧结构性改革创造新需求、以疏解北京非首都功能为“牛鼻子”推动京津冀协同发展。',
     'PUBLISHED', @now - INTERVAL '3 12:10' DAY_MINUTE, @now - INTERVAL '3 11:15' DAY_MINUTE, 2, NULL, NULL, NULL),
    (23, 'QUESTION', 1, 3, NULL, 1, 'Li Na',
     'My building still has no 5G signal indoors although it is inside the Fifth Ring Road. Please call me on 138 0013 8000 so that somebody can come and check.',
     'REJECTED', @now - INTERVAL '3 11:20' DAY_MINUTE, @now - INTERVAL '3 10:55' DAY_MINUTE, 2, 'PERSONAL_DATA', 'Contains a phone number', NULL),
    (24, 'QUESTION', 1, 4, NULL, 1, 'Li Na',
     'What is a "lighthouse community", and what does the "overall butler service model" mean for the people who live there? Will it come to communities outside the sub-centre too?',
     'PUBLISHED', @now - INTERVAL '3 10:30' DAY_MINUTE, @now - INTERVAL '3 10:00' DAY_MINUTE, 2, NULL, NULL, NULL),
    (25, 'QUESTION', 1, 5, NULL, 1, 'Li Na',
     'Which banks belong to the Beijing Financial Institutions Group, and will they offer new online services for residents?',
     'WITHDRAWN', @now - INTERVAL '3 06:20' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (26, 'COMMENT', 1, 6, NULL, 5, 'Zhao Lei',
     'The Beijing-Tianjin-Hebei part interests me most: many of our suppliers are in Langfang and Baoding, and sharing data with them is still done by e-mail.',
     'PUBLISHED', @now - INTERVAL '3 04:40' DAY_MINUTE, @now - INTERVAL '3 03:10' DAY_MINUTE, 2, NULL, NULL, NULL),
    (27, 'QUESTION', 1, 6, NULL, 6, '刘洋',
     'What are the "five sons"? I have never heard this expression. Please explain what it means.',
     'REJECTED', @now - INTERVAL '3 02:20' DAY_MINUTE, @now - INTERVAL '3 01:40' DAY_MINUTE, 2, 'DUPLICATE', 'Same question as #15, which is already published.', NULL),
    (28, 'QUESTION', 1, 2, NULL, 1, 'Li Na',
     'What is Xiaomi''s "black light factory"? If a factory can run with the lights off, does it still create jobs for people in Beijing, and what kind of skills will those jobs need?',
     'PUBLISHED', @now - INTERVAL '3 00:00' DAY_MINUTE, @now - INTERVAL '2 23:15' DAY_MINUTE, 2, NULL, NULL, NULL),
    (29, 'QUESTION', 1, 5, NULL, 9, 'Gao Min',
     'How will autonomous driving, vehicle-road collaboration and shared travel change the daily commute of people who do not own a car? Is there a timetable for the first services outside the demonstration area?',
     'PUBLISHED', @now - INTERVAL '2 21:30' DAY_MINUTE, @now - INTERVAL '2 20:20' DAY_MINUTE, 2, NULL, NULL, NULL),
    (30, 'COMMENT', 1, 3, NULL, 7, 'Sun Mei',
     'Coverage inside the Fifth Ring Road is great outdoors, but indoor coverage in older buildings is a different story.',
     'PUBLISHED', @now - INTERVAL '2 20:20' DAY_MINUTE, @now - INTERVAL '2 19:45' DAY_MINUTE, 2, NULL, NULL, NULL),
    (31, 'QUESTION', 1, 1, NULL, 8, '周浩',
     '全球数字经济标杆城市建设已经推进一年多了。和上海、深圳、杭州等城市相比，北京最大的优势是什么？还有哪些短板需要补？',
     'PUBLISHED', @now - INTERVAL '2 17:05' DAY_MINUTE, @now - INTERVAL '2 16:10' DAY_MINUTE, 2, NULL, NULL, NULL),
    (32, 'QUESTION', 1, 7, NULL, 5, 'Zhao Lei',
     'The next steps include a state-owned enterprise digital transformation benchmark. Which sectors come first: energy, construction, circulation?',
     'PUBLISHED', @now - INTERVAL '2 15:00' DAY_MINUTE, @now - INTERVAL '2 13:35' DAY_MINUTE, 2, NULL, NULL, NULL),
    (33, 'QUESTION', 1, 3, NULL, 9, 'Gao Min',
     'What exactly is the "Seven Links and One Flat" infrastructure of the smart city? The phrase is hard to understand for residents. Which of the seven links will we notice first?',
     'PUBLISHED', @now - INTERVAL '2 12:10' DAY_MINUTE, @now - INTERVAL '2 10:55' DAY_MINUTE, 2, NULL, NULL, NULL),
    (34, 'COMMENT', 1, 4, 7, 10, '黄晓雨',
     '上个月带孩子去了一家信息消费体验中心，VR体验区特别受欢迎，工作人员对老人也很耐心。',
     'PUBLISHED', @now - INTERVAL '2 10:20' DAY_MINUTE, @now - INTERVAL '2 09:35' DAY_MINUTE, 2, NULL, NULL, NULL),
    (35, 'QUESTION', 1, 4, NULL, 6, '刘洋',
     '2022年北京数字经济体验周和数字消费节期间，数字消费累计将近70亿元。今年还会举办吗？会不会有更多面向普通家庭的数字消费优惠？',
     'PUBLISHED', @now - INTERVAL '2 07:50' DAY_MINUTE, @now - INTERVAL '2 07:00' DAY_MINUTE, 2, NULL, NULL, NULL),
    (36, 'COMMENT', 1, 1, 1, 8, '周浩',
     'Publishing the indicators as open data would be great: then anyone could follow the progress, not only read the reports.',
     'PUBLISHED', @now - INTERVAL '2 07:00' DAY_MINUTE, @now - INTERVAL '2 06:00' DAY_MINUTE, 2, NULL, NULL, NULL),
    (37, 'QUESTION', 1, 6, NULL, 7, 'Sun Mei',
     'Beijing has successfully held two Global Digital Economy Conferences. Can ordinary residents attend or watch any part of the next conference, and when will it take place?',
     'PUBLISHED', @now - INTERVAL '2 04:20' DAY_MINUTE, @now - INTERVAL '2 03:15' DAY_MINUTE, 2, NULL, NULL, NULL),
    (38, 'COMMENT', 1, 5, NULL, 5, 'Zhao Lei',
     'Why are parking fees near my office in Chaoyang so high? Nobody ever answers at the parking company.',
     'REJECTED', @now - INTERVAL '2 02:00' DAY_MINUTE, @now - INTERVAL '2 01:10' DAY_MINUTE, 2, 'OFF_TOPIC', 'Parking fees are not part of this programme; please contact the 12345 citizen service hotline.', NULL),
    (39, 'QUESTION', 1, 2, NULL, 6, '刘洋',
     '听说北京的区块链产业发展排名全国第一。普通市民在办理哪些政务服务时已经能用上区块链技术？能不能举几个例子？',
     'PUBLISHED', @now - INTERVAL '1 23:50' DAY_MINUTE, @now - INTERVAL '1 22:50' DAY_MINUTE, 2, NULL, NULL, NULL),
    (40, 'COMMENT', 1, 5, 10, 9, 'Gao Min',
     'Please keep a staffed counter in every shop. Not everyone can scan a code, and my father still pays in cash.',
     'PUBLISHED', @now - INTERVAL '1 21:00' DAY_MINUTE, @now - INTERVAL '1 20:20' DAY_MINUTE, 2, NULL, NULL, NULL),
    (41, 'QUESTION', 1, 4, NULL, 9, 'Gao Min',
     'Many older residents find digital consumption and online payment difficult. Will the information consumption experience centres offer courses for seniors, so that they are not left behind?',
     'PUBLISHED', @now - INTERVAL '1 17:20' DAY_MINUTE, @now - INTERVAL '1 15:00' DAY_MINUTE, 2, NULL, NULL, NULL),
    (42, 'COMMENT', 1, 5, 29, 10, '黄晓雨',
     '共享单车、公交和地铁的换乘要是能在一个App里一次搞定就好了。',
     'PUBLISHED', @now - INTERVAL '1 14:20' DAY_MINUTE, @now - INTERVAL '1 13:10' DAY_MINUTE, 2, NULL, NULL, NULL),
    (43, 'QUESTION', 1, 6, NULL, 5, 'Zhao Lei',
     'What progress has been made on "stuck neck" technologies such as high-end chips and basic software and hardware since the benchmark city plan started?',
     'PUBLISHED', @now - INTERVAL '1 12:30' DAY_MINUTE, @now - INTERVAL '1 10:30' DAY_MINUTE, 2, NULL, NULL, NULL),
    (44, 'QUESTION', 1, 5, NULL, 5, 'Zhao Lei',
     'The new digital health service industry will use AI and big data in medical services. If an AI-supported diagnosis is wrong, who is responsible: the hospital, the doctor or the software company?',
     'PUBLISHED', @now - INTERVAL '1 09:10' DAY_MINUTE, @now - INTERVAL '1 07:35' DAY_MINUTE, 2, NULL, NULL, NULL),
    (45, 'QUESTION', 1, 7, NULL, 9, 'Gao Min',
     'The bureau wants to "promote the healthy development of the platform economy". Does that mean stricter rules for big platforms under the Regulations, or more support?',
     'PUBLISHED', @now - INTERVAL '1 02:00' DAY_MINUTE, @now - INTERVAL '1 00:45' DAY_MINUTE, 2, NULL, NULL, NULL),
    (46, 'COMMENT', 1, 7, 5, 7, 'Sun Mei',
     'Thank you, that is clear. Where can I find the full text of the Regulations in English?',
     'PUBLISHED', @now - INTERVAL '1 01:00' DAY_MINUTE, @now - INTERVAL '1 00:30' DAY_MINUTE, 2, NULL, NULL, NULL),
    (47, 'QUESTION', 1, 5, NULL, 8, '周浩',
     '互联网金融业态和服务创新是好事，但老年人被电信诈骗的事情时有发生。新业态在推出时会不会同步加强防诈骗保护？',
     'PENDING', @now - INTERVAL '0 21:50' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (48, 'COMMENT', 1, 6, 43, 9, 'Gao Min',
     'Training more engineers for chip design matters as much as the factories. I hope the universities are part of this plan.',
     'PUBLISHED', @now - INTERVAL '0 20:00' DAY_MINUTE, @now - INTERVAL '0 18:35' DAY_MINUTE, 2, NULL, NULL, NULL),
    (49, 'QUESTION', 1, 2, NULL, 7, 'Sun Mei',
     'What does "Internet 3.0" mean in practice? Is the city worried that speculative projects will use the label to attract investors, and how will residents be protected?',
     'PENDING', @now - INTERVAL '0 10:10' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (50, 'COMMENT', 1, 7, 19, 1, 'Li Na',
     'To add to my question: I mean especially apps that share my location data with other companies without asking.',
     'PENDING', @now - INTERVAL '0 05:30' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (51, 'QUESTION', 1, 3, NULL, 7, 'Sun Mei',
     'With "One Network Unified Management" and "One Network Smart Governance", more data will come from sensors and cameras. How will the city protect residents'' personal data, and who can see it?',
     'PENDING', @now - INTERVAL '0 04:40' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (52, 'COMMENT', 1, 4, 35, 6, '刘洋',
     '数字消费节的优惠能不能也给没有智能手机的老人留一份？比如在社区服务站现场领取。',
     'PENDING', @now - INTERVAL '0 03:20' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (53, 'QUESTION', 1, 3, NULL, 8, '周浩',
     '我住在五环外的一个老小区，5G信号时好时坏，地下车库里完全没有信号。五环外的“精准覆盖”具体包括哪些场景？老小区能不能申请补点？',
     'PENDING', @now - INTERVAL '0 02:30' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (54, 'QUESTION', 1, 1, NULL, 1, 'Li Na',
     'Will the questions in this programme be answered live during the broadcast, or only in writing afterwards? I work on the day of the interview and would like to know where to read the answers.',
     'PENDING', @now - INTERVAL '0 01:35' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL),
    (55, 'QUESTION', 1, 7, NULL, 1, 'Li Na',
     'Will there be a public report every year on how the Regulations are implemented, with figures that residents can check?',
     'PENDING', @now - INTERVAL '0 00:40' DAY_MINUTE, NULL, NULL, NULL, NULL, NULL);

INSERT IGNORE INTO answer (id, question_id, dialogue_id, author_id, author_title, bureau_name, body, status, created_at, updated_at, published_at) VALUES
    (1, 1, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'Thank you for the question. The benchmark city is assessed in the three areas the Director described: digitally empowered industries, cities and life. The figures already reached include an artificial intelligence industry above 100 billion yuan, 75,000 5G base stations with full coverage within the Fifth Ring Road, and 1.296 million gigabit broadband users. Progress is reported every year in the government work report, and we will publish the main indicators with each update.',
     'PUBLISHED', @now - INTERVAL '4 06:15' DAY_MINUTE, @now - INTERVAL '4 05:40' DAY_MINUTE, @now - INTERVAL '4 05:40' DAY_MINUTE),
    (2, 5, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'The Regulations took effect on January 1 and mainly set out the framework and support for the digital economy: digital infrastructure, data resources, digital industries, smart city construction, and digital economy safety and security. For small businesses the focus is support for digital transformation. Obligations, for example on data security, follow the existing national laws.',
     'PUBLISHED', @now - INTERVAL '4 02:25' DAY_MINUTE, @now - INTERVAL '4 01:50' DAY_MINUTE, @now - INTERVAL '4 01:50' DAY_MINUTE),
    (3, 2, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'Beijing has more than 1,000 artificial intelligence enterprises, 29% of the national total, and most of them are small and medium-sized companies. Young companies can apply for the city''s support for computing power, data and application scenarios, and the districts offer space in AI industrial parks. The bureau''s enterprise service desk will help you find the programme that fits your company.',
     'PUBLISHED', @now - INTERVAL '3 22:10' DAY_MINUTE, @now - INTERVAL '3 21:35' DAY_MINUTE, @now - INTERVAL '3 21:35' DAY_MINUTE),
    (4, 7, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'The 15 information consumption experience centres are spread across the city, most of them in shopping districts and industrial parks. The list with addresses and opening hours is published on the bureau''s website. Most centres are free to visit; groups such as school classes should book in advance with the centre.',
     'PUBLISHED', @now - INTERVAL '3 21:45' DAY_MINUTE, @now - INTERVAL '3 21:10' DAY_MINUTE, @now - INTERVAL '3 21:10' DAY_MINUTE),
    (5, 3, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'Within the Fifth Ring Road 5G coverage is complete; outside it, the current approach is precise coverage of key areas and typical scenes, such as town centres, industrial parks, transport hubs and scenic areas. Together with the operators we add base stations every year in the outer districts, including Miyun and Yanqing, starting with places where many people live and work. Residents can report weak coverage to their operator, and these reports help us plan.',
     'PUBLISHED', @now - INTERVAL '3 18:20' DAY_MINUTE, @now - INTERVAL '3 17:45' DAY_MINUTE, @now - INTERVAL '3 17:45' DAY_MINUTE),
    (6, 9, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'Thank you for your interest. Beijing has built the country''s first high-level autonomous driving demonstration area and completed the advanced deployment of the five systems of "vehicle, road, cloud, network and map". Residents can already book autonomous rides inside the demonstration area through ride-hailing platforms. Vehicles must pass road tests and safety assessments before they serve the public, and the vehicle-road collaboration system gives them road information beyond their line of sight. Next, we will steadily widen the demonstration area.',
     'PUBLISHED', @now - INTERVAL '3 14:05' DAY_MINUTE, @now - INTERVAL '3 13:30' DAY_MINUTE, @now - INTERVAL '3 13:30' DAY_MINUTE),
    (7, 8, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'The Industrial Internet Data Element Registration Platform records industrial data resources so that companies can share and trade them under clear rules. It is part of the industrial internet collaborative development demonstration zone agreed by Beijing, Tianjin and Hebei, which is meant to serve the whole regional supply chain. Small and medium-sized suppliers in Hebei are welcome to join; the Beijing-Tianjin-Hebei Industrial Internet Collaborative Development Working Group can tell you how.',
     'PUBLISHED', @now - INTERVAL '3 12:20' DAY_MINUTE, @now - INTERVAL '3 11:45' DAY_MINUTE, @now - INTERVAL '3 11:45' DAY_MINUTE),
    (8, 10, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'The pilot digital business districts, starting with Wangfujing and the CBD, will offer smart guidance, digital payment and new consumption scenes such as immersive shops and live-stream commerce. Digital services are meant to be an addition, not a replacement: cash and bank cards remain accepted, and shops keep services for people who prefer not to use a phone.',
     'PUBLISHED', @now - INTERVAL '3 03:55' DAY_MINUTE, @now - INTERVAL '3 03:20' DAY_MINUTE, @now - INTERVAL '3 03:20' DAY_MINUTE),
    (9, 19, 1, 3, 'Spokesperson, Beijing Municipal Bureau of Economy and Information Technology', 'Beijing Municipal Bureau of Economy and Information Technology',
     'The Regulations include digital economy safety and security among their core areas. Residents'' personal information is protected by the national Personal Information Protection Law; complaints about misuse can be made through the 12345 citizen service hotline.',
     'DRAFT', @now - INTERVAL '2 21:50' DAY_MINUTE, @now - INTERVAL '2 21:30' DAY_MINUTE, NULL);

INSERT IGNORE INTO audit_entry (id, at, actor_id, actor_name, action, target_type, target_id, before_state, after_state, detail) VALUES
    (1, @now - INTERVAL '4 21:15' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 1, 'PENDING', 'PUBLISHED', NULL),
    (2, @now - INTERVAL '4 19:50' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 2, 'PENDING', 'PUBLISHED', NULL),
    (3, @now - INTERVAL '4 19:20' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 3, 'PENDING', 'PUBLISHED', NULL),
    (4, @now - INTERVAL '4 17:30' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 4, 'PENDING', 'PUBLISHED', NULL),
    (5, @now - INTERVAL '4 15:45' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 5, 'PENDING', 'PUBLISHED', NULL),
    (6, @now - INTERVAL '4 14:40' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 6, 'PENDING', 'PUBLISHED', NULL),
    (7, @now - INTERVAL '4 14:25' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 7, 'PENDING', 'PUBLISHED', NULL),
    (8, @now - INTERVAL '4 11:40' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 8, 'PENDING', 'PUBLISHED', NULL),
    (9, @now - INTERVAL '4 10:05' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 9, 'PENDING', 'PUBLISHED', NULL),
    (10, @now - INTERVAL '4 08:15' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 10, 'PENDING', 'PUBLISHED', NULL),
    (11, @now - INTERVAL '4 05:45' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 11, 'PENDING', 'PUBLISHED', NULL),
    (12, @now - INTERVAL '4 05:40' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 1, 'DRAFT', 'PUBLISHED', NULL),
    (13, @now - INTERVAL '4 04:35' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 12, 'PENDING', 'PUBLISHED', NULL),
    (14, @now - INTERVAL '4 02:50' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 13, 'PENDING', 'PUBLISHED', NULL),
    (15, @now - INTERVAL '4 01:50' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 2, 'DRAFT', 'PUBLISHED', NULL),
    (16, @now - INTERVAL '3 23:30' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 14, 'PENDING', 'PUBLISHED', NULL),
    (17, @now - INTERVAL '3 21:35' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 3, 'DRAFT', 'PUBLISHED', NULL),
    (18, @now - INTERVAL '3 21:25' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 15, 'PENDING', 'PUBLISHED', NULL),
    (19, @now - INTERVAL '3 21:10' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 4, 'DRAFT', 'PUBLISHED', NULL),
    (20, @now - INTERVAL '3 19:50' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 16, 'PENDING', 'PUBLISHED', NULL),
    (21, @now - INTERVAL '3 17:45' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 5, 'DRAFT', 'PUBLISHED', NULL),
    (22, @now - INTERVAL '3 17:20' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 17, 'PENDING', 'PUBLISHED', NULL),
    (23, @now - INTERVAL '3 17:20' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 18, 'PENDING', 'PUBLISHED', NULL),
    (24, @now - INTERVAL '3 16:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 19, 'PENDING', 'PUBLISHED', NULL),
    (25, @now - INTERVAL '3 13:30' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 6, 'DRAFT', 'PUBLISHED', NULL),
    (26, @now - INTERVAL '3 12:40' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 20, 'PENDING', 'PUBLISHED', NULL),
    (27, @now - INTERVAL '3 12:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 21, 'PENDING', 'PUBLISHED', NULL),
    (28, @now - INTERVAL '3 11:45' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 7, 'DRAFT', 'PUBLISHED', NULL),
    (29, @now - INTERVAL '3 11:15' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 22, 'PENDING', 'PUBLISHED', NULL),
    (30, @now - INTERVAL '3 10:55' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_REJECTED', 'SUBMISSION', 23, 'PENDING', 'REJECTED', 'PERSONAL_DATA: Contains a phone number'),
    (31, @now - INTERVAL '3 10:00' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 24, 'PENDING', 'PUBLISHED', NULL),
    (32, @now - INTERVAL '3 03:20' DAY_MINUTE, 3, 'Chen Jie', 'ANSWER_PUBLISHED', 'ANSWER', 8, 'DRAFT', 'PUBLISHED', NULL),
    (33, @now - INTERVAL '3 03:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 26, 'PENDING', 'PUBLISHED', NULL),
    (34, @now - INTERVAL '3 01:40' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_REJECTED', 'SUBMISSION', 27, 'PENDING', 'REJECTED', 'DUPLICATE: Same question as #15, which is already published.'),
    (35, @now - INTERVAL '2 23:15' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 28, 'PENDING', 'PUBLISHED', NULL),
    (36, @now - INTERVAL '2 20:20' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 29, 'PENDING', 'PUBLISHED', NULL),
    (37, @now - INTERVAL '2 19:45' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 30, 'PENDING', 'PUBLISHED', NULL),
    (38, @now - INTERVAL '2 16:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 31, 'PENDING', 'PUBLISHED', NULL),
    (39, @now - INTERVAL '2 13:35' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 32, 'PENDING', 'PUBLISHED', NULL),
    (40, @now - INTERVAL '2 10:55' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 33, 'PENDING', 'PUBLISHED', NULL),
    (41, @now - INTERVAL '2 09:35' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 34, 'PENDING', 'PUBLISHED', NULL),
    (42, @now - INTERVAL '2 07:00' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 35, 'PENDING', 'PUBLISHED', NULL),
    (43, @now - INTERVAL '2 06:00' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 36, 'PENDING', 'PUBLISHED', NULL),
    (44, @now - INTERVAL '2 03:15' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 37, 'PENDING', 'PUBLISHED', NULL),
    (45, @now - INTERVAL '2 01:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_REJECTED', 'SUBMISSION', 38, 'PENDING', 'REJECTED', 'OFF_TOPIC: Parking fees are not part of this programme; please contact the 12345 citizen service hotline.'),
    (46, @now - INTERVAL '1 22:50' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 39, 'PENDING', 'PUBLISHED', NULL),
    (47, @now - INTERVAL '1 20:20' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 40, 'PENDING', 'PUBLISHED', NULL),
    (48, @now - INTERVAL '1 15:00' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 41, 'PENDING', 'PUBLISHED', NULL),
    (49, @now - INTERVAL '1 13:10' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 42, 'PENDING', 'PUBLISHED', NULL),
    (50, @now - INTERVAL '1 10:30' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 43, 'PENDING', 'PUBLISHED', NULL),
    (51, @now - INTERVAL '1 07:35' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 44, 'PENDING', 'PUBLISHED', NULL),
    (52, @now - INTERVAL '1 00:45' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 45, 'PENDING', 'PUBLISHED', NULL),
    (53, @now - INTERVAL '1 00:30' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 46, 'PENDING', 'PUBLISHED', NULL),
    (54, @now - INTERVAL '0 18:35' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_APPROVED', 'SUBMISSION', 48, 'PENDING', 'PUBLISHED', NULL);

-- Votes: residents upvote each other's published questions (never their own), then the counts
-- beside the questions are recomputed from the votes, so re-running changes nothing.
INSERT IGNORE INTO vote (question_id, account_id, cast_at)
SELECT s.id, a.id, LEAST(@now, s.decided_at + INTERVAL a.id HOUR)
FROM submission s
JOIN account a ON a.id <= 10 AND a.id <> s.author_id
WHERE s.id < 100 AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
  AND MOD(s.id * 7 + a.id * 3, 5) < 2 + MOD(s.id, 3);

UPDATE submission s
SET s.vote_count = (SELECT COUNT(*) FROM vote v WHERE v.question_id = s.id)
WHERE s.id < 100 AND s.kind = 'QUESTION';

-- The demo staff member answers for the demo programme (answer desk: "only for their programmes").
INSERT IGNORE INTO programme_staff (dialogue_id, account_id) VALUES
    (1, 3);

-- Each published demo answer has its first revision, so that its history is complete.
-- The answers in Chinese too (decision 025); the English one of answer 6 is its translation.
UPDATE answer SET body_zh = '感谢您的提问。标杆城市建设围绕局长介绍的三个方面进行评估：数字赋能产业、数字赋能城市和数字赋能生活。已取得的成绩包括：人工智能产业规模超过1000亿元，建成5G基站7.5万个、实现五环内全覆盖，千兆固网接入用户达129.6万户。建设进展每年在政府工作报告中通报，我们也将在每次更新时公布主要指标。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 1 AND body_zh IS NULL;
UPDATE answer SET body_zh = '《条例》于1月1日起施行，主要确立数字经济发展的制度框架和支持措施：数字基础设施、数据资源、数字经济产业、智慧城市建设以及数字经济安全与保障。对小微企业而言，重点是支持数字化转型。数据安全等方面的义务按现行国家法律执行。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 2 AND body_zh IS NULL;
UPDATE answer SET body_zh = '北京人工智能企业超过1000家，占全国总数的29%，其中大多数是中小企业。初创企业可以申请本市在算力、数据和应用场景方面的支持，各区也在人工智能产业园区提供空间。我局企业服务窗口将帮助您找到适合贵企业的项目。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 3 AND body_zh IS NULL;
UPDATE answer SET body_zh = '15家信息消费体验中心分布在全市各处，大多位于商圈和产业园区。各中心的名单、地址和开放时间已在我局网站公布。大多数中心免费参观；学校班级等团体请提前与中心预约。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 4 AND body_zh IS NULL;
UPDATE answer SET body_zh = '五环内已实现5G全覆盖；五环外目前对重点区域和典型场景进行精准覆盖，例如镇中心、产业园区、交通枢纽和景区。我们每年与运营商一起在包括密云、延庆在内的远郊区增建基站，优先覆盖人口和就业集中的地方。市民可以向运营商反映信号弱的情况，这些反馈有助于我们做好规划。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 5 AND body_zh IS NULL;
UPDATE answer SET body_zh = '感谢您的关注。北京已建成国内首个高级别自动驾驶示范区，并完成了“车、路、云、网、图”五大体系的先行部署。目前市民可以在示范区内通过出行平台预约体验自动驾驶出行服务。车辆须经过道路测试和安全评估才能开展示范应用，车路协同系统也会为车辆提供超视距的路况信息。下一步，我们将稳步扩大示范范围。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 6 AND body_zh IS NULL;
UPDATE answer SET body_zh = '工业互联网数据要素登记平台对工业数据资源进行登记，使企业能够在明确规则下共享和交易数据。它是京津冀共建的工业互联网协同发展示范区的一部分，旨在服务整个区域供应链。欢迎河北的中小供应商加入，京津冀工业互联网协同发展工作组可以告诉您如何参与。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 7 AND body_zh IS NULL;
UPDATE answer SET body_zh = '以王府井和CBD为首批的示范性数字商圈试点，将提供智能导览、数字支付以及沉浸式门店、直播电商等消费新场景。数字服务是补充而不是替代：现金和银行卡仍然可以使用，商户也会为不愿使用手机的人保留服务。', bureau_name_zh = '北京市经济和信息化局' WHERE id = 8 AND body_zh IS NULL;
UPDATE answer SET bureau_name_zh = '北京市经济和信息化局' WHERE id = 9 AND bureau_name_zh IS NULL;
-- the spokesperson's public title in Chinese too, and the demo answers signed with both (V038)
UPDATE account SET public_title_zh = '北京市经济和信息化局新闻发言人' WHERE id = 3 AND public_title_zh IS NULL;
UPDATE answer SET author_title_zh = '北京市经济和信息化局新闻发言人' WHERE id BETWEEN 1 AND 9 AND author_id = 3 AND author_title_zh IS NULL;
-- a database from before had answer 6 in Chinese only (V037 moved it to body_zh)
UPDATE answer SET body = 'Thank you for your interest. Beijing has built the country''s first high-level autonomous driving demonstration area and completed the advanced deployment of the five systems of "vehicle, road, cloud, network and map". Residents can already book autonomous rides inside the demonstration area through ride-hailing platforms. Vehicles must pass road tests and safety assessments before they serve the public, and the vehicle-road collaboration system gives them road information beyond their line of sight. Next, we will steadily widen the demonstration area.' WHERE id = 6 AND body IS NULL;

INSERT IGNORE INTO answer_revision (answer_id, revision_no, state, body, body_zh, department, follow_up, promised_date, author_title, author_title_zh, published_at)
    SELECT id, 1, state, body, body_zh, department, follow_up, promised_date, author_title, author_title_zh, published_at
    FROM answer WHERE id BETWEEN 1 AND 8 AND status = 'PUBLISHED';
UPDATE answer_revision r JOIN answer a ON a.id = r.answer_id
    SET r.body_zh = a.body_zh WHERE r.answer_id BETWEEN 1 AND 8 AND r.revision_no = 1 AND r.body_zh IS NULL;
UPDATE answer_revision r JOIN answer a ON a.id = r.answer_id
    SET r.author_title_zh = a.author_title_zh WHERE r.answer_id BETWEEN 1 AND 8 AND r.revision_no = 1 AND r.author_title_zh IS NULL;

INSERT IGNORE INTO answer_template (id, dialogue_id, title_en, body_en, created_at) VALUES
    (1, NULL, 'Thank you', 'Thank you for your question. ', @now - INTERVAL 7 DAY),
    (2, 1, 'Benchmark city figures', 'Thank you for the question. The figures of the benchmark city are published every year by the Beijing Municipal Bureau of Economy and Information Technology. ', @now - INTERVAL 7 DAY);
UPDATE answer_template SET title_zh = '感谢提问', body_zh = '感谢您的提问。' WHERE id = 1 AND title_zh IS NULL;
UPDATE answer_template SET title_zh = '标杆城市数据',
    body_zh = '感谢您的提问。标杆城市的各项数据由北京市经济和信息化局每年公布。' WHERE id = 2 AND title_zh IS NULL;

-- Moderation of duplicates and answers (ids 260-279): Li Na's question that repeated Gao Min's
-- was merged into it (she sees "merged into" in /me and has a notice), and two residents reported
-- the first official answer (the moderators' "Reported answers" section).
INSERT IGNORE INTO submission (id, kind, dialogue_id, topic_id, question_id, author_id, author_name, body, status,
                               submitted_at, decided_at, decided_by, merged_into) VALUES
    (260, 'QUESTION', 1, 2, NULL, 1, 'Li Na',
     'What help does the city give a small AI start-up that wants to move to Beijing?',
     'MERGED', @now - INTERVAL '4 20:30' DAY_MINUTE, @now - INTERVAL '4 19:45' DAY_MINUTE, 2, 2);

INSERT IGNORE INTO notice (account_id, kind, question_id, excerpt, detail, event_key, created_at, read_at) VALUES
    (1, 'MERGED', 2, 'What help does the city give a small AI start-up that wants to move to Beijing?',
     'Beijing''s AI industry is said to exceed 100 billion yuan, with more than 1,000 enterprises, 29% of t…',
     'merged:260', @now - INTERVAL '4 19:45' DAY_MINUTE, @now - INTERVAL '4 10:00' DAY_MINUTE);

INSERT IGNORE INTO audit_entry (id, at, actor_id, actor_name, action, target_type, target_id, before_state, after_state, detail) VALUES
    (260, @now - INTERVAL '4 19:45' DAY_MINUTE, 2, 'Wang Fang', 'SUBMISSION_MERGED', 'SUBMISSION', 260, 'PENDING, 0 votes',
     'MERGED into 2', '0 comments moved');

INSERT IGNORE INTO report (id, answer_id, reporter_id, reason, detail, reported_at) VALUES
    (260, 1, 5, 'OFF_TOPIC', 'It does not say which indicators residents can check.', @now - INTERVAL '0 03:10' DAY_MINUTE),
    (261, 1, 6, 'OTHER', NULL, @now - INTERVAL '0 02:05' DAY_MINUTE);

-- Blocked phrases (ids 200-219): spam that is refused outright, and contact touting held for a moderator's look.
INSERT IGNORE INTO blocked_phrase (id, phrase, action, created_at) VALUES
    (200, 'buy followers', 'REFUSE', @now - INTERVAL 7 DAY),
    (201, '代开发票', 'REFUSE', @now - INTERVAL 7 DAY),
    (202, '加微信', 'HOLD', @now - INTERVAL 7 DAY),
    (203, 'whatsapp me', 'HOLD', @now - INTERVAL 7 DAY);

-- A question held by the phrase 加微信: pending like any other, with the flag the moderator sees.
INSERT IGNORE INTO submission (id, kind, dialogue_id, topic_id, question_id, author_id, author_name, body, status,
                               submitted_at, held_phrase) VALUES
    (204, 'QUESTION', 1, 2, NULL, 6, '刘洋',
     '我们公司做工业互联网平台，想申请数字化转型补贴，具体流程谁能讲讲？加微信详聊更方便。',
     'PENDING', @now - INTERVAL '0 00:40' DAY_MINUTE, '加微信');
-- A suspended resident (issue 5): Gao Min posted the same advert three times; suspended for a week by the
-- demo moderator, with its audit entry. Ids 220-239 belong to suspensions and their audit entries.
INSERT IGNORE INTO suspension (id, account_id, reason, starts_at, until_at, suspended_by, suspended_by_name) VALUES
    (220, 9, 'Posted the same advertisement three times in one hour.', @now - INTERVAL 1 DAY, @now + INTERVAL 6 DAY, 2, 'Wang Fang');

INSERT IGNORE INTO audit_entry (id, at, actor_id, actor_name, action, target_type, target_id, before_state, after_state, detail) VALUES
    (220, @now - INTERVAL 1 DAY, 2, 'Wang Fang', 'ACCOUNT_SUSPENDED', 'ACCOUNT', 9, NULL,
     CONCAT('suspended until ', DATE_FORMAT(@now + INTERVAL 6 DAY, '%Y-%m-%dT%H:%i:%sZ')), 'Posted the same advertisement three times in one hour.');

-- A live poll the host put to the audience during the broadcast, now closed with its results
-- (issue 17, decision 028). Ids 240-259 belong to polls and their options.
INSERT IGNORE INTO poll (id, dialogue_id, question_en, question_zh, status, created_by, created_at, opened_at, closed_at) VALUES
    (240, 1, 'Which part of the digital economy matters most to you?', '数字经济中，您最关心哪一方面？', 'CLOSED', 3,
     @now - INTERVAL '1 02:00' DAY_MINUTE, @now - INTERVAL '1 01:30' DAY_MINUTE, @now - INTERVAL '1 01:10' DAY_MINUTE);
INSERT IGNORE INTO poll_option (id, poll_id, position, label_en, label_zh) VALUES
    (241, 240, 1, 'Government services online', '政务服务网上办'),
    (242, 240, 2, '5G and gigabit networks', '5G 和千兆网络'),
    (243, 240, 3, 'Artificial intelligence', '人工智能'),
    (244, 240, 4, 'Data trading and open data', '数据交易和数据开放');
INSERT IGNORE INTO poll_vote (poll_id, account_id, option_id, cast_at) VALUES
    (240, 1, 241, @now - INTERVAL '1 01:28' DAY_MINUTE),
    (240, 5, 243, @now - INTERVAL '1 01:27' DAY_MINUTE),
    (240, 6, 243, @now - INTERVAL '1 01:26' DAY_MINUTE),
    (240, 7, 242, @now - INTERVAL '1 01:25' DAY_MINUTE),
    (240, 8, 243, @now - INTERVAL '1 01:22' DAY_MINUTE),
    (240, 10, 244, @now - INTERVAL '1 01:20' DAY_MINUTE);
UPDATE poll_option o SET vote_count = (SELECT COUNT(*) FROM poll_vote v WHERE v.option_id = o.id) WHERE o.poll_id = 240;

-- Verdicts on the demo answers (issue 17, part 1; decision 030). Ids 280-299 belong to verdicts and
-- their comments. Each asker rated the first version of the answer to their question; Li Na's
-- question 3 (answer 5) is left for the demo resident to rate. Sun Mei's "partly" came with a
-- comment a moderator published; Gao Min was not satisfied with the answer on the experience centres.
INSERT IGNORE INTO submission (id, kind, dialogue_id, topic_id, question_id, author_id, author_name, body, status,
                               submitted_at, decided_at, decided_by) VALUES
    (280, 'COMMENT', 1, 7, 5, 7, 'Sun Mei',
     'The framework is clear, but I still do not know which obligations apply to a shop with three employees.',
     'PUBLISHED', @now - INTERVAL '3 20:00' DAY_MINUTE, @now - INTERVAL '3 19:10' DAY_MINUTE, 2);

INSERT IGNORE INTO answer_verdict (id, answer_id, question_id, dialogue_id, revision_no, account_id, rating, comment_id,
                                   rated_at, changed_at) VALUES
    (281, 1, 1, 1, 1, 5, 'SATISFIED', NULL, @now - INTERVAL '4 02:00' DAY_MINUTE, @now - INTERVAL '4 02:00' DAY_MINUTE),
    (282, 2, 5, 1, 1, 7, 'PARTLY', 280, @now - INTERVAL '3 20:00' DAY_MINUTE, @now - INTERVAL '3 20:00' DAY_MINUTE),
    (283, 3, 2, 1, 1, 9, 'SATISFIED', NULL, @now - INTERVAL '3 18:00' DAY_MINUTE, @now - INTERVAL '3 18:00' DAY_MINUTE),
    (284, 4, 7, 1, 1, 9, 'NOT_SATISFIED', NULL, @now - INTERVAL '3 17:30' DAY_MINUTE, @now - INTERVAL '3 17:30' DAY_MINUTE),
    (285, 6, 9, 1, 1, 10, 'SATISFIED', NULL, @now - INTERVAL '3 09:00' DAY_MINUTE, @now - INTERVAL '3 09:00' DAY_MINUTE),
    (286, 7, 8, 1, 1, 9, 'PARTLY', NULL, @now - INTERVAL '3 08:00' DAY_MINUTE, @now - INTERVAL '3 08:00' DAY_MINUTE),
    (287, 8, 10, 1, 1, 5, 'SATISFIED', NULL, @now - INTERVAL '3 07:00' DAY_MINUTE, @now - INTERVAL '3 07:00' DAY_MINUTE);

-- Residents who follow the first question said its answer helped them.
INSERT IGNORE INTO follow (account_id, target_type, target_id, created_at) VALUES
    (8, 'QUESTION', 1, @now - INTERVAL '4 08:00' DAY_MINUTE),
    (6, 'QUESTION', 1, @now - INTERVAL '4 07:00' DAY_MINUTE);
INSERT IGNORE INTO answer_helped (answer_id, account_id, question_id, helped_at) VALUES
    (1, 8, 1, @now - INTERVAL '3 22:00' DAY_MINUTE),
    (1, 6, 1, @now - INTERVAL '3 21:00' DAY_MINUTE);
