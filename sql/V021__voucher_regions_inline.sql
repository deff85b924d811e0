-- The regions a voucher accepts are read with the voucher and never queried on their own: they are
-- kept in its row as a JSON array of region codes, in the order issued from now on (the old table
-- had no order of its own: the codes keep ascending order), which spares every reading of vouchers
-- one statement. The aggregation differs by database (placeholders of Database.placeholdersFor).
ALTER TABLE voucher ADD COLUMN accepted_regions TEXT;

${long_group_concat};

UPDATE voucher SET accepted_regions = (
    SELECT ${json_array_of} ${json_string}(r.region) ORDER BY r.region ${json_array_end}
    FROM voucher_region r WHERE r.voucher_id = voucher.id);

DROP TABLE voucher_region;
