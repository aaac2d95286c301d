-- The OCDS change feed (/api/ocds/releases?since=) walks every public event source in time order; the approved
-- service-period extensions and the department checks of passed deliverables had no index on their time, so each
-- feed page scanned them (docs/open-data.md, "Change feed").
CREATE INDEX ix_contract_extension_answered ON contract_extension (answered_at, id);
CREATE INDEX ix_deliverable_check_checked ON deliverable_check (checked_at, deliverable_id);
