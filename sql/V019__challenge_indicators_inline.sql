-- A challenge's indicators are read whenever the challenge is (its page, its bids, its contract,
-- its search document) and never queried on their own: they are kept in the challenge's row as a
-- JSON array in order, as its keywords are since V016 (see org.jiebang.challenge.ChallengeColumns).
-- Challenges without indicators keep NULL. The aggregation differs by database (placeholders of
-- Database.placeholdersFor); MEDIUMTEXT leaves room for thirty indicators written in CJK characters.
ALTER TABLE challenge ADD COLUMN indicators MEDIUMTEXT;

${long_group_concat};

UPDATE challenge SET indicators = (
    SELECT ${json_array_of} JSON_OBJECT('name' ${json_value} i.name, 'target' ${json_value} i.target,
               'unit' ${json_value} i.unit, 'verification' ${json_value} i.verification)
           ORDER BY i.position ${json_array_end}
    FROM challenge_indicator i WHERE i.challenge_id = challenge.id);

DROP TABLE challenge_indicator;
