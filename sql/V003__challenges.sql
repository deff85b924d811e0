-- Challenges (榜单, SPEC §3): the technology-domain code list, challenges with their indicators
-- and keywords, review decisions, amendments, questions and answers, attachments.

CREATE TABLE technology_field (
    code     VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh  VARCHAR(64)  NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    position INT          NOT NULL
) ${table_options};

INSERT INTO technology_field (code, name_zh, name_en, position) VALUES
('NEW_MATERIALS', '新材料', 'New materials', 1),
('NEW_ENERGY', '新能源', 'New energy', 2),
('ENERGY_STORAGE', '储能与电池', 'Energy storage and batteries', 3),
('INTELLIGENT_MANUFACTURING', '智能制造与装备', 'Intelligent manufacturing and equipment', 4),
('INTEGRATED_CIRCUITS', '集成电路', 'Integrated circuits', 5),
('ARTIFICIAL_INTELLIGENCE', '人工智能', 'Artificial intelligence', 6),
('SOFTWARE', '软件与信息服务', 'Software and information services', 7),
('BIOMEDICINE', '生物医药', 'Biomedicine', 8),
('MEDICAL_DEVICES', '高端医疗器械', 'Medical devices', 9),
('NEW_ENERGY_VEHICLES', '新能源汽车', 'New energy vehicles', 10),
('AEROSPACE', '航空航天', 'Aerospace', 11),
('MARINE', '海洋工程装备', 'Marine engineering', 12),
('ENVIRONMENT', '节能环保', 'Energy saving and environmental protection', 13),
('AGRICULTURE', '现代农业', 'Modern agriculture', 14),
('TEXTILES', '纺织与化纤', 'Textiles and chemical fibres', 15),
('FINE_CHEMICALS', '精细化工', 'Fine chemicals', 16),
('PHOTONICS', '光电与激光', 'Photonics and lasers', 17),
('OTHER', '其他', 'Other', 99);

CREATE TABLE challenge (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    owner_organization_id  BIGINT        NOT NULL,
    created_by             BIGINT        NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    summary                VARCHAR(1000),
    background             TEXT,
    problem                TEXT,
    field_code             VARCHAR(32),
    industry               VARCHAR(100),
    region                 CHAR(6),
    budget                 DECIMAL(18,2),
    deadline               DATETIME(6),
    duration_months        INT,
    ip_terms               TEXT,
    confidential_details   TEXT,
    max_awards             INT           NOT NULL,
    evaluation             VARCHAR(16)   NOT NULL,
    status                 VARCHAR(24)   NOT NULL,
    review_comments        TEXT,
    cancel_reason          VARCHAR(500),
    submitted_at           DATETIME(6),
    published_at           DATETIME(6),
    closed_at              DATETIME(6),
    amendments             INT           NOT NULL,
    CONSTRAINT fk_challenge_owner FOREIGN KEY (owner_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_challenge_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_challenge_field FOREIGN KEY (field_code) REFERENCES technology_field (code)
) ${table_options};

CREATE INDEX ix_challenge_owner ON challenge (owner_organization_id, status);
CREATE INDEX ix_challenge_status_deadline ON challenge (status, deadline);
CREATE INDEX ix_challenge_status_submitted ON challenge (status, submitted_at);
CREATE INDEX ix_challenge_updated ON challenge (updated_at);

CREATE TABLE challenge_indicator (
    challenge_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    target       VARCHAR(200) NOT NULL,
    unit         VARCHAR(50),
    verification VARCHAR(500) NOT NULL,
    PRIMARY KEY (challenge_id, position),
    CONSTRAINT fk_indicator_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

CREATE TABLE challenge_keyword (
    challenge_id BIGINT      NOT NULL,
    position     INT         NOT NULL,
    keyword      VARCHAR(50) NOT NULL,
    PRIMARY KEY (challenge_id, position),
    CONSTRAINT fk_keyword_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

-- what staff decided on each submission; the owner sees the comments
CREATE TABLE challenge_review (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT       NOT NULL,
    at           DATETIME(6)  NOT NULL,
    reviewer     VARCHAR(64)  NOT NULL,
    decision     VARCHAR(16)  NOT NULL,
    comments     TEXT,
    CONSTRAINT fk_review_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

CREATE INDEX ix_review_challenge ON challenge_review (challenge_id, at);

-- amendments after publication: the changed public text, version by version
CREATE TABLE challenge_amendment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id     BIGINT        NOT NULL,
    number           INT           NOT NULL,
    at               DATETIME(6)   NOT NULL,
    author           VARCHAR(64)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    changes          TEXT          NOT NULL,
    old_deadline     DATETIME(6),
    new_deadline     DATETIME(6),
    CONSTRAINT uq_amendment_number UNIQUE (challenge_id, number),
    CONSTRAINT fk_amendment_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

-- 答疑: questions of verified researchers; the answer is public, the asker is not
CREATE TABLE challenge_question (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT        NOT NULL,
    asker_id     BIGINT        NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    asked_at     DATETIME(6)   NOT NULL,
    answer       TEXT,
    answered_at  DATETIME(6),
    CONSTRAINT fk_question_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_question_asker FOREIGN KEY (asker_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_question_challenge ON challenge_question (challenge_id, asked_at);

-- uploaded files, stored under the data directory by their generated name
CREATE TABLE stored_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    storage_name CHAR(36)     NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_stored_file_name UNIQUE (storage_name),
    CONSTRAINT fk_stored_file_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ${table_options};

CREATE TABLE challenge_attachment (
    challenge_id BIGINT NOT NULL,
    file_id      BIGINT NOT NULL,
    PRIMARY KEY (challenge_id, file_id),
    CONSTRAINT fk_attachment_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

-- in-app notifications (SPEC §12); e-mail goes out from the same rows
CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    subject_id BIGINT,
    text_zh    VARCHAR(500)  NOT NULL,
    text_en    VARCHAR(500)  NOT NULL,
    link       VARCHAR(200),
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_notification_user ON notification (user_id, created_at);

-- every change of a challenge's public content, in commit order: search indexes on every node
-- catch up from here
CREATE TABLE search_change (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT      NOT NULL,
    at           DATETIME(6) NOT NULL
) ${table_options};
