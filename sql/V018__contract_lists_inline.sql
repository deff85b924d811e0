-- A contract's acceptance criteria, and a milestone's covered indicators, measured values and
-- evidence, are read whenever their contract or milestone is and never queried on their own: they
-- are kept in its row as JSON arrays, which spares every reading of a contract's milestones three
-- statements and of a contract one (see org.jiebang.contract.ContractColumns). An empty list is
-- NULL. The aggregation differs by database (placeholders of Database.placeholdersFor). A milestone's
-- covered indicators had no order of their own: they keep the order of their names.
ALTER TABLE contract ADD COLUMN indicators MEDIUMTEXT;
ALTER TABLE contract_milestone ADD COLUMN indicators MEDIUMTEXT;
ALTER TABLE contract_milestone ADD COLUMN measurements MEDIUMTEXT;
ALTER TABLE contract_milestone ADD COLUMN evidence_file_ids TEXT;

${long_group_concat};

UPDATE contract SET indicators = (
    SELECT ${json_array_of} JSON_OBJECT('name' ${json_value} i.name, 'target' ${json_value} i.target,
               'unit' ${json_value} i.unit, 'verification' ${json_value} i.verification,
               'promised' ${json_value} i.promised)
           ORDER BY i.position ${json_array_end}
    FROM contract_indicator i WHERE i.contract_id = contract.id);

UPDATE contract_milestone SET indicators = (
    SELECT ${json_array_of} ${json_string}(i.indicator) ORDER BY i.indicator ${json_array_end}
    FROM milestone_indicator i WHERE i.milestone_id = contract_milestone.id);

UPDATE contract_milestone SET measurements = (
    SELECT ${json_array_of} JSON_OBJECT('indicator' ${json_value} x.indicator, 'measured' ${json_value} x.measured)
           ORDER BY x.position ${json_array_end}
    FROM milestone_measurement x WHERE x.milestone_id = contract_milestone.id);

UPDATE contract_milestone SET evidence_file_ids = (
    SELECT ${json_array_of} e.file_id ORDER BY e.file_id ${json_array_end}
    FROM milestone_evidence e WHERE e.milestone_id = contract_milestone.id);

DROP TABLE contract_indicator;
DROP TABLE milestone_indicator;
DROP TABLE milestone_measurement;
DROP TABLE milestone_evidence;
