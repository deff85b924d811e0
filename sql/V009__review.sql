-- Expert review, award proposal, public notice and objections (评审, 公示, 挂帅; SPEC §5).

-- the rubric of each challenge, set when it is posted (SPEC §5 defaults)
ALTER TABLE challenge ADD COLUMN weight_technical INT NOT NULL DEFAULT 40;
ALTER TABLE challenge ADD COLUMN weight_team INT NOT NULL DEFAULT 25;
ALTER TABLE challenge ADD COLUMN weight_price INT NOT NULL DEFAULT 15;
ALTER TABLE challenge ADD COLUMN weight_schedule INT NOT NULL DEFAULT 10;
ALTER TABLE challenge ADD COLUMN weight_commercialization INT NOT NULL DEFAULT 10;

-- the expert pool: an expert's profile and technology domains
CREATE TABLE expert_profile (
    user_id    BIGINT       PRIMARY KEY,
    title      VARCHAR(100),
    record     TEXT,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_expert_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE TABLE expert_field (
    user_id    BIGINT      NOT NULL,
    field_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, field_code),
    CONSTRAINT fk_expert_field_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_expert_field_code ON expert_field (field_code);

-- the panel of a challenge: drawn at random or chosen by hand; an expert may decline
CREATE TABLE panel_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id BIGINT      NOT NULL,
    expert_id    BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    chosen_by    VARCHAR(16) NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_panel_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_panel_expert FOREIGN KEY (expert_id) REFERENCES app_user (id),
    CONSTRAINT uq_panel_member UNIQUE (challenge_id, expert_id)
) ${table_options};

CREATE INDEX ix_panel_expert ON panel_member (expert_id, status);

-- one expert's scores of one bid: a draft, submitted (read-only), or a declared conflict
CREATE TABLE bid_score (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT      NOT NULL,
    created_at                DATETIME(6) NOT NULL,
    updated_at                DATETIME(6) NOT NULL,
    bid_id                    BIGINT      NOT NULL,
    challenge_id              BIGINT      NOT NULL,
    expert_id                 BIGINT      NOT NULL,
    status                    VARCHAR(16) NOT NULL,
    no_conflict_at            DATETIME(6),
    technical                 INT,
    technical_comment         TEXT,
    team                      INT,
    team_comment              TEXT,
    price                     INT,
    price_comment             TEXT,
    schedule                  INT,
    schedule_comment          TEXT,
    commercialization         INT,
    commercialization_comment TEXT,
    submitted_at              DATETIME(6),
    CONSTRAINT fk_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_score_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_score_expert FOREIGN KEY (expert_id) REFERENCES app_user (id),
    CONSTRAINT uq_score UNIQUE (bid_id, expert_id)
) ${table_options};

CREATE INDEX ix_score_challenge ON bid_score (challenge_id, status);
CREATE INDEX ix_score_expert ON bid_score (expert_id);

-- the award proposal and its public notice (公示)
CREATE TABLE award_proposal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id   BIGINT        NOT NULL,
    proposed_at    DATETIME(6)   NOT NULL,
    proposed_by    VARCHAR(64)   NOT NULL,
    justification  TEXT,
    follows_ranking BOOLEAN      NOT NULL,
    notice_ends_at DATETIME(6)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    finalized_at   DATETIME(6),
    CONSTRAINT fk_proposal_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ${table_options};

CREATE INDEX ix_proposal_challenge ON award_proposal (challenge_id, status);
CREATE INDEX ix_proposal_notice ON award_proposal (proposed_at);

CREATE TABLE award_proposal_bid (
    proposal_id BIGINT NOT NULL,
    bid_id      BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, bid_id),
    CONSTRAINT fk_proposal_bid_proposal FOREIGN KEY (proposal_id) REFERENCES award_proposal (id),
    CONSTRAINT fk_proposal_bid_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ${table_options};

-- objections lodged by bidders during the notice, and how staff resolved them
CREATE TABLE objection (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    challenge_id  BIGINT        NOT NULL,
    proposal_id   BIGINT        NOT NULL,
    bid_id        BIGINT        NOT NULL,
    objector_id   BIGINT        NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    lodged_at     DATETIME(6)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    resolution    VARCHAR(2000),
    resolved_at   DATETIME(6),
    resolved_by   VARCHAR(64),
    CONSTRAINT fk_objection_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_objection_proposal FOREIGN KEY (proposal_id) REFERENCES award_proposal (id),
    CONSTRAINT fk_objection_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_objection_objector FOREIGN KEY (objector_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_objection_proposal ON objection (proposal_id, status);
