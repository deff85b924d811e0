-- A bid's team, partner organizations, promised indicator values and proposed milestones are read
-- whenever the bid is, shown and sealed with it, and never queried on their own: they are kept in
-- the bid's row as JSON arrays, in order, which spares every reading of a bid four statements (see
-- org.jiebang.bid.BidColumns). An empty list is NULL. How rows are aggregated into a JSON array
-- differs by database (placeholders of Database.placeholdersFor); MEDIUMTEXT leaves room for fifty
-- members or twenty-four milestones written in CJK characters.
ALTER TABLE bid ADD COLUMN members MEDIUMTEXT;
ALTER TABLE bid ADD COLUMN partner_organization_ids TEXT;
ALTER TABLE bid ADD COLUMN indicator_responses MEDIUMTEXT;
ALTER TABLE bid ADD COLUMN milestones MEDIUMTEXT;

${long_group_concat};

UPDATE bid SET members = (
    SELECT ${json_array_of} JSON_OBJECT('name' ${json_value} m.name, 'role' ${json_value} m.role,
               'organization' ${json_value} m.organization, 'expertise' ${json_value} m.expertise)
           ORDER BY m.position ${json_array_end}
    FROM bid_member m WHERE m.bid_id = bid.id);

UPDATE bid SET partner_organization_ids = (
    SELECT ${json_array_of} p.organization_id ORDER BY p.organization_id ${json_array_end}
    FROM bid_partner p WHERE p.bid_id = bid.id);

UPDATE bid SET indicator_responses = (
    SELECT ${json_array_of} JSON_OBJECT('indicator' ${json_value} r.indicator, 'promised' ${json_value} r.promised)
           ORDER BY r.position ${json_array_end}
    FROM bid_indicator_response r WHERE r.bid_id = bid.id);

UPDATE bid SET milestones = (
    SELECT ${json_array_of} JSON_OBJECT('title' ${json_value} s.title, 'deliverable' ${json_value} s.deliverable,
               'month' ${json_value} s.due_month, 'share' ${json_value} s.share)
           ORDER BY s.position ${json_array_end}
    FROM bid_milestone s WHERE s.bid_id = bid.id);

DROP TABLE bid_member;
DROP TABLE bid_partner;
DROP TABLE bid_indicator_response;
DROP TABLE bid_milestone;
