-- The seal and members added by staff (SPEC §4): a member whom staff added to an organization
-- does not see, before they open, the bids that organization started before the addition.
-- Both times are the cluster's clock (the database's), so nodes whose clocks differ agree.

ALTER TABLE app_user ADD COLUMN added_by_staff_at DATETIME(6);
ALTER TABLE bid ADD COLUMN started_at DATETIME(6);
UPDATE bid SET started_at = created_at;
