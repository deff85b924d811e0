-- e-mail for notifications (SPEC §12): each notification row is also an outbox entry. A node
-- claims a due row by moving mail_due_at forward (a lease), sends, then marks it SENT; a node that
-- dies while sending leaves the row PENDING, and it is sent again when the lease runs out.
-- NONE: not to be mailed (no address, or mail was not configured when the row was written).
ALTER TABLE notification ADD COLUMN mail_state VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE notification ADD COLUMN mail_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN mail_due_at DATETIME(6);
ALTER TABLE notification ADD COLUMN mailed_at DATETIME(6);
ALTER TABLE notification ADD COLUMN mail_error VARCHAR(300);

CREATE INDEX ix_notification_mail ON notification (mail_state, mail_due_at);
-- the unread badge in the page header
CREATE INDEX ix_notification_unread ON notification (user_id, read_at);
