-- Innovation vouchers (创新券, 通用通兑; SPEC §7): the balance is the sum of the ledger.

CREATE TABLE voucher (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    organization_id BIGINT        NOT NULL,
    amount          DECIMAL(18,2) NOT NULL,
    region          CHAR(6)       NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NOT NULL,
    issued_by       VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_voucher_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_voucher_org ON voucher (organization_id);

CREATE TABLE voucher_region (
    voucher_id BIGINT  NOT NULL,
    region     CHAR(6) NOT NULL,
    PRIMARY KEY (voucher_id, region),
    CONSTRAINT fk_voucher_region FOREIGN KEY (voucher_id) REFERENCES voucher (id)
) ${table_options};

CREATE TABLE voucher_redemption (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    voucher_id   BIGINT        NOT NULL,
    contract_id  BIGINT        NOT NULL,
    milestone_id BIGINT        NOT NULL,
    amount       DECIMAL(18,2) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    requested_by BIGINT        NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    decided_by   VARCHAR(64),
    decided_at   DATETIME(6),
    reason       VARCHAR(2000),
    payment_id   BIGINT,
    CONSTRAINT fk_redemption_voucher FOREIGN KEY (voucher_id) REFERENCES voucher (id),
    CONSTRAINT fk_redemption_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ${table_options};

CREATE INDEX ix_redemption_voucher ON voucher_redemption (voucher_id, status);
CREATE INDEX ix_redemption_status ON voucher_redemption (status, requested_at);

-- every movement: ISSUE (+), HOLD (− on request), RELEASE (+ when refused or settled), SETTLE (− paid to the provider)
CREATE TABLE voucher_ledger (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    voucher_id    BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    amount        DECIMAL(18,2) NOT NULL,
    redemption_id BIGINT,
    booked_at     DATETIME(6)   NOT NULL,
    booked_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_ledger_voucher FOREIGN KEY (voucher_id) REFERENCES voucher (id)
) ${table_options};

CREATE INDEX ix_ledger_voucher ON voucher_ledger (voucher_id);
