-- Organizations, users, roles, API tokens and login throttling (SPEC §2).
-- One file serves H2 and MySQL/MariaDB; ${table_options} makes tables InnoDB/utf8mb4 there.

CREATE TABLE organization (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    uscc             CHAR(18)     NOT NULL,
    region           CHAR(6)      NOT NULL,
    address          VARCHAR(300) NOT NULL,
    contact_name     VARCHAR(100) NOT NULL,
    contact_phone    VARCHAR(40)  NOT NULL,
    email            VARCHAR(200) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    rejection_reason VARCHAR(500),
    verified_at      DATETIME(6),
    CONSTRAINT uq_organization_uscc UNIQUE (uscc)
) ${table_options};

CREATE INDEX ix_organization_status ON organization (status, created_at);

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    phone           VARCHAR(40),
    organization_id BIGINT,
    enabled         BOOLEAN      NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_app_user_organization ON app_user (organization_id);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_user_role_role ON user_role (role);

-- bearer tokens: only the SHA-256 of the token is kept
CREATE TABLE api_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_api_token_expiry ON api_token (expires_at);

-- failed logins per user name, whether or not such a user exists (SPEC §2: throttled)
CREATE TABLE login_throttle (
    username     VARCHAR(64) NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    last_failure DATETIME(6) NOT NULL,
    locked_until DATETIME(6)
) ${table_options};
