-- Open data and statistics (SPEC §9): when a published challenge was cancelled or failed, set by
-- the cluster's clock as it happens (the OCDS release of that change is dated by it), and the
-- indexes the release feed and the dashboard read by.

ALTER TABLE challenge ADD COLUMN ended_at DATETIME(6);

-- challenges that ended before this column existed: their last write was their end
UPDATE challenge SET ended_at = updated_at
 WHERE status IN ('CANCELLED', 'FAILED') AND published_at IS NOT NULL;

CREATE INDEX ix_challenge_published ON challenge (published_at);
CREATE INDEX ix_milestone_accepted ON contract_milestone (accepted_at);
CREATE INDEX ix_payment_paid ON contract_payment (paid_at);
