-- Confidentiality undertakings (保密承诺, SPEC §3): a researcher of a verified research
-- organization accepts one per challenge before reading its confidential details; the owner
-- sees who did and when.

CREATE TABLE challenge_undertaking (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id    BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    accepted_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_undertaking_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_undertaking_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_undertaking_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT uq_undertaking UNIQUE (challenge_id, user_id)
) ${table_options};
