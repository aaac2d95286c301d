-- Open data (OCDS, issue 18): the change feed reads the confirmed contracts and the accepted deliverables in the order
-- of their answer time, keyset-paged (docs/open-data.md). InnoDB extends each index by the primary key, so
-- (answered_at, id) is the feed's order within the table. Announcements already have ix_announcement_published.
CREATE INDEX ix_contract_version_answered ON contract_version (answered_at);
CREATE INDEX ix_deliverable_answered ON deliverable (answered_at);
