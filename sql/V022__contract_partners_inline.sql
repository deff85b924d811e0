-- A contract's partner organizations, fixed when it is drafted, are read whenever the contract is:
-- they are also kept in its row as a JSON array of ids, which spares every reading of contracts one
-- statement. contract_partner stays, written once with the contract, as the index that finds an
-- organization's contracts as a partner. The aggregation differs by database (placeholders of
-- Database.placeholdersFor).
ALTER TABLE contract ADD COLUMN partner_organization_ids TEXT;

${long_group_concat};

UPDATE contract SET partner_organization_ids = (
    SELECT ${json_array_of} p.organization_id ORDER BY p.organization_id ${json_array_end}
    FROM contract_partner p WHERE p.contract_id = contract.id);
