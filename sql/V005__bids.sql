-- Bids (揭榜申报, SPEC §4): a research team's proposal for a published challenge, sealed until
-- bidding closes. One live bid per lead organization per challenge is kept by a unique index on
-- live_organization_id, which holds the lead organization while the bid is live (not withdrawn)
-- and NULL otherwise (both H2 and MariaDB allow many NULLs in a unique index).

CREATE TABLE bid (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT         NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    challenge_id         BIGINT         NOT NULL,
    lead_organization_id BIGINT         NOT NULL,
    live_organization_id BIGINT,
    created_by           BIGINT         NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    principal_name       VARCHAR(100),
    principal_title      VARCHAR(100),
    principal_record     TEXT,
    approach             MEDIUMTEXT,
    price                DECIMAL(18,2),
    duration_months      INT,
    submitted_at         DATETIME(6),
    receipt_sha256       CHAR(64),
    withdrawn_at         DATETIME(6),
    opened_at            DATETIME(6),
    disqualify_reason    VARCHAR(1000),
    CONSTRAINT fk_bid_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_bid_lead FOREIGN KEY (lead_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_bid_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT uq_bid_live UNIQUE (challenge_id, live_organization_id)
) ${table_options};

CREATE INDEX ix_bid_challenge_status ON bid (challenge_id, status);
CREATE INDEX ix_bid_lead ON bid (lead_organization_id, updated_at);
CREATE INDEX ix_bid_creator ON bid (created_by, updated_at);

CREATE TABLE bid_member (
    bid_id       BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(100),
    organization VARCHAR(200),
    expertise    VARCHAR(500),
    PRIMARY KEY (bid_id, position),
    CONSTRAINT fk_member_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ${table_options};

CREATE TABLE bid_partner (
    bid_id          BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (bid_id, organization_id),
    CONSTRAINT fk_partner_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_partner_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_bid_partner_organization ON bid_partner (organization_id);

CREATE TABLE bid_indicator_response (
    bid_id    BIGINT       NOT NULL,
    position  INT          NOT NULL,
    indicator VARCHAR(200) NOT NULL,
    promised  VARCHAR(200),
    PRIMARY KEY (bid_id, position),
    CONSTRAINT fk_response_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ${table_options};

CREATE TABLE bid_milestone (
    bid_id      BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    deliverable VARCHAR(1000),
    due_month   INT,
    share       DECIMAL(5,2),
    PRIMARY KEY (bid_id, position),
    CONSTRAINT fk_milestone_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ${table_options};

CREATE TABLE bid_attachment (
    bid_id  BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    PRIMARY KEY (bid_id, file_id),
    CONSTRAINT fk_bid_attachment_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_bid_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

-- every receipt ever given (a resubmission gives a new one); the bid keeps its latest
CREATE TABLE bid_receipt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    bid_id       BIGINT      NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    submitted_by BIGINT      NOT NULL,
    CONSTRAINT fk_receipt_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_receipt_user FOREIGN KEY (submitted_by) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_bid_receipt_bid ON bid_receipt (bid_id, submitted_at);
