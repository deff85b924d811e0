-- Technology contracts, milestones, payments (技术合同, 里程碑; SPEC §6).

-- a contract drafted from each awarded bid; editable by the parties until both have signed
CREATE TABLE contract (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    created_at                 DATETIME(6)   NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    challenge_id               BIGINT        NOT NULL,
    award_bid_id               BIGINT        NOT NULL,
    client_organization_id     BIGINT        NOT NULL,
    contractor_organization_id BIGINT        NOT NULL,
    contract_type              VARCHAR(16)   NOT NULL,
    amount                     DECIMAL(18,2) NOT NULL,
    transaction_amount         DECIMAL(18,2) NOT NULL,
    start_date                 DATE          NOT NULL,
    end_date                   DATE          NOT NULL,
    ip_clause                  TEXT,
    horse_race                 BOOLEAN       NOT NULL,
    status                     VARCHAR(16)   NOT NULL,
    text_version               INT           NOT NULL,
    signed_at                  DATETIME(6),
    registration_number        VARCHAR(40),
    registered_at              DATETIME(6),
    registered_by              VARCHAR(64),
    termination_reason         VARCHAR(2000),
    termination_client_by      BIGINT,
    termination_client_at      DATETIME(6),
    termination_contractor_by  BIGINT,
    termination_contractor_at  DATETIME(6),
    ended_at                   DATETIME(6),
    CONSTRAINT fk_contract_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_contract_bid FOREIGN KEY (award_bid_id) REFERENCES bid (id),
    CONSTRAINT fk_contract_client FOREIGN KEY (client_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_contract_contractor FOREIGN KEY (contractor_organization_id) REFERENCES organization (id),
    CONSTRAINT uq_contract_bid UNIQUE (award_bid_id),
    CONSTRAINT uq_contract_registration UNIQUE (registration_number)
) ${table_options};

CREATE INDEX ix_contract_challenge ON contract (challenge_id);
CREATE INDEX ix_contract_client ON contract (client_organization_id);
CREATE INDEX ix_contract_contractor ON contract (contractor_organization_id);

CREATE TABLE contract_partner (
    contract_id     BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (contract_id, organization_id),
    CONSTRAINT fk_contract_partner_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_partner_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_contract_partner_org ON contract_partner (organization_id);

-- the challenge's indicators as posted and the bid's promise, carried unchanged to acceptance
CREATE TABLE contract_indicator (
    contract_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    target       VARCHAR(200) NOT NULL,
    unit         VARCHAR(50),
    verification VARCHAR(500),
    promised     VARCHAR(200),
    PRIMARY KEY (contract_id, position),
    CONSTRAINT fk_contract_indicator_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ${table_options};

-- signatures: user, time and the SHA-256 of the contract text the signer was shown; a change voids them
CREATE TABLE contract_signature (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    contract_id     BIGINT      NOT NULL,
    party           VARCHAR(16) NOT NULL,
    user_id         BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    signed_at       DATETIME(6) NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    text_version    INT         NOT NULL,
    voided_at       DATETIME(6),
    CONSTRAINT fk_signature_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_signature_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_signature_contract ON contract_signature (contract_id);

CREATE TABLE contract_milestone (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    contract_id       BIGINT        NOT NULL,
    position          INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    deliverable       VARCHAR(1000),
    due_date          DATE          NOT NULL,
    amount            DECIMAL(18,2) NOT NULL,
    gate              BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    deliverables      TEXT,
    submitted_at      DATETIME(6),
    submitted_by      BIGINT,
    decision_comment  VARCHAR(2000),
    decided_at        DATETIME(6),
    decided_by        BIGINT,
    accepted_at       DATETIME(6),
    reminded_at       DATETIME(6),
    CONSTRAINT fk_milestone_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ${table_options};

CREATE INDEX ix_milestone_contract ON contract_milestone (contract_id, position);
CREATE INDEX ix_milestone_due ON contract_milestone (status, due_date);

-- the indicators (by name) a milestone covers
CREATE TABLE milestone_indicator (
    milestone_id BIGINT       NOT NULL,
    indicator    VARCHAR(200) NOT NULL,
    PRIMARY KEY (milestone_id, indicator),
    CONSTRAINT fk_milestone_indicator FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id)
) ${table_options};

-- the measured values of the latest submission
CREATE TABLE milestone_measurement (
    milestone_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    indicator    VARCHAR(200) NOT NULL,
    measured     VARCHAR(200) NOT NULL,
    PRIMARY KEY (milestone_id, position),
    CONSTRAINT fk_measurement_milestone FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id)
) ${table_options};

CREATE TABLE milestone_evidence (
    milestone_id BIGINT NOT NULL,
    file_id      BIGINT NOT NULL,
    PRIMARY KEY (milestone_id, file_id),
    CONSTRAINT fk_evidence_milestone FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id),
    CONSTRAINT fk_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

-- files uploaded to a contract (evidence), readable by its parties and staff
CREATE TABLE contract_file (
    contract_id BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    PRIMARY KEY (contract_id, file_id),
    CONSTRAINT fk_contract_file_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

-- payments, against accepted milestones only; a voucher-funded one names its redemption
CREATE TABLE contract_payment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    contract_id   BIGINT        NOT NULL,
    milestone_id  BIGINT        NOT NULL,
    amount        DECIMAL(18,2) NOT NULL,
    paid_at       DATETIME(6)   NOT NULL,
    recorded_by   BIGINT        NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    redemption_id BIGINT,
    CONSTRAINT fk_payment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_payment_milestone FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id)
) ${table_options};

CREATE INDEX ix_payment_contract ON contract_payment (contract_id);

-- the contract page's timeline: signatures, submissions, decisions, payments, voucher use
CREATE TABLE contract_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    contract_id  BIGINT        NOT NULL,
    happened_at  DATETIME(6)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    milestone_id BIGINT,
    user_id      BIGINT,
    amount       DECIMAL(18,2),
    detail       VARCHAR(2000),
    CONSTRAINT fk_contract_event_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ${table_options};

CREATE INDEX ix_contract_event ON contract_event (contract_id, happened_at);

-- a horse race's gate (赛马制): the firm and staff agree which teams continue
CREATE TABLE contract_gate (
    challenge_id     BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL,
    continuing       VARCHAR(1000) NOT NULL,
    reason           VARCHAR(2000),
    firm_agreed_by   BIGINT,
    firm_agreed_at   DATETIME(6),
    staff_agreed_by  BIGINT,
    staff_agreed_at  DATETIME(6),
    decided_at       DATETIME(6),
    CONSTRAINT fk_gate_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};
