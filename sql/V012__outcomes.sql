-- Outcomes of contracts (成果; SPEC §8): recorded by the contractor, confirmed by the firm or staff.

CREATE TABLE contract_outcome (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    contract_id          BIGINT        NOT NULL,
    challenge_id         BIGINT        NOT NULL,
    outcome_type         VARCHAR(24)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    outcome_date         DATE          NOT NULL,
    evidence             VARCHAR(2000),
    application_number   VARCHAR(16),
    patent_status        VARCHAR(24),
    amount               DECIMAL(18,2),
    recorded_by          BIGINT        NOT NULL,
    confirmed            BOOLEAN,
    confirmation_comment VARCHAR(2000),
    confirmed_by         BIGINT,
    confirmed_at         DATETIME(6),
    CONSTRAINT fk_outcome_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_outcome_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

CREATE INDEX ix_outcome_contract ON contract_outcome (contract_id);
CREATE INDEX ix_outcome_challenge ON contract_outcome (challenge_id);
