-- The append-only, hash-chained audit log (SPEC §12).
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    seq          BIGINT       NOT NULL,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(64),
    before_state TEXT,
    after_state  TEXT,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    CONSTRAINT uq_audit_entry_seq UNIQUE (seq)
) ${table_options};

CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);

-- The head of the chain: one row, locked by every append so the chain stays a line even with
-- several application nodes.
CREATE TABLE audit_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_hash CHAR(64)    NOT NULL,
    entries   BIGINT      NOT NULL
) ${table_options};

INSERT INTO audit_head (id, last_hash, entries)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
