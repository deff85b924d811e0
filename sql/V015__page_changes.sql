-- One row after each committed change that public pages may show, written by the node that made
-- it; every node polls MAX(seq) to drop its cached public pages (PageCache), so that a change on
-- one node reaches the pages of all within a second. Rows older than an hour are deleted.
CREATE TABLE page_change (
    seq  BIGINT AUTO_INCREMENT PRIMARY KEY,
    at   DATETIME(6) NOT NULL,
    node VARCHAR(40) NOT NULL
) ${table_options};
CREATE INDEX ix_page_change_at ON page_change (at);
