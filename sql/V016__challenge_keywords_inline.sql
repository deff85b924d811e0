-- A challenge's keywords (at most 10, of at most 50 characters each) are read with the challenge
-- every time and never queried on their own (search keeps its own index): they are kept in the
-- challenge's row as a JSON array of strings, in order, which spares every reading of a challenge
-- one statement. Challenges without keywords keep NULL.
ALTER TABLE challenge ADD COLUMN keywords TEXT;

UPDATE challenge SET keywords = (SELECT JSON_ARRAYAGG(k.keyword ORDER BY k.position)
                                 FROM challenge_keyword k WHERE k.challenge_id = challenge.id);

DROP TABLE challenge_keyword;
