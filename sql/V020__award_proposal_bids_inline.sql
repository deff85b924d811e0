-- The bids an award proposal names are read with the proposal and never queried on their own: they
-- are kept in its row as a JSON array of ids, in the proposal's order from now on (the old table had
-- no order of its own: the ids keep ascending order), which spares every reading of a notice one
-- statement. The aggregation differs by database (placeholders of Database.placeholdersFor).
ALTER TABLE award_proposal ADD COLUMN bid_ids TEXT;

${long_group_concat};

UPDATE award_proposal SET bid_ids = (
    SELECT ${json_array_of} b.bid_id ORDER BY b.bid_id ${json_array_end}
    FROM award_proposal_bid b WHERE b.proposal_id = award_proposal.id);

DROP TABLE award_proposal_bid;
