-- The statistics keep their facts in memory and ask, on every read, what changed since (MarketFacts):
-- the newest updated_at of each table, by index.
CREATE INDEX ix_bid_updated ON bid (updated_at);
CREATE INDEX ix_contract_updated ON contract (updated_at);
CREATE INDEX ix_milestone_updated ON contract_milestone (updated_at);
CREATE INDEX ix_outcome_updated ON contract_outcome (updated_at);
