-- A challenge's keywords (at most 10, of at most 50 characters each) are read with the challenge
-- every time and never queried on their own (search keeps its own index): they are kept in the
-- challenge's row as a JSON array of strings, in order, which spares every reading of a challenge
-- one statement. Challenges without keywords keep NULL. The aggregation differs by database
-- (placeholders of Database.placeholdersFor): JSON_ARRAYAGG with ORDER BY on H2, GROUP_CONCAT of
-- JSON_QUOTE on MySQL 8 and MariaDB, with room for ten keywords of fifty CJK characters.
ALTER TABLE challenge ADD COLUMN keywords TEXT;

${long_group_concat};

UPDATE challenge SET keywords = (SELECT ${json_strings_in_order}
                                 FROM challenge_keyword k WHERE k.challenge_id = challenge.id);

DROP TABLE challenge_keyword;
