-- Sealed audit entries (SPEC §4, §12): an entry about something sealed (a bid before its close)
-- is chained through a salted commitment to its content instead of the content itself, so that
-- the log can be verified before the close without letting anyone test a guess of what it hides.
-- The salt is shown once the seal is over; NULL for ordinary entries.

ALTER TABLE audit_entry ADD COLUMN salt CHAR(64);
