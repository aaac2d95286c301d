-- Issue 17 part 1 (the due model, write side): supervision.application.DueTracker keeps due_item in step with the
-- other contexts (docs/supervision.md, "Time limits: the due model").

-- A department check is one step per (deliverable version, department), and a registration or qualification review
-- one step per (re)submission of the same registration: the source of an item is (kind, ref_id, ref_part). ref_part is
-- 0 where ref_id alone names the source row.
ALTER TABLE due_item
  ADD COLUMN ref_part BIGINT NOT NULL DEFAULT 0 AFTER ref_id,
  DROP INDEX uq_due_item_source,
  ADD UNIQUE KEY uq_due_item_source (kind, ref_id, ref_part);

-- The tracker reads each source forward by the instant its step opened (keyset on that instant and the source's id):
-- these indexes keep a pass from scanning the business tables. Plain reads: no row locks are taken on them.
CREATE INDEX ix_objection_raised ON objection (raised_at);
CREATE INDEX ix_contract_version_submitted ON contract_version (submitted_at);
CREATE INDEX ix_contract_version_answered ON contract_version (answered_at);
CREATE INDEX ix_deliverable_submitted ON deliverable (submitted_at);
CREATE INDEX ix_deliverable_answered ON deliverable (answered_at);
CREATE INDEX ix_approval_rating_passed ON approval_rating (passed_at);
CREATE INDEX ix_evaluation_accepted ON evaluation (accepted_at);
CREATE INDEX ix_evaluation_appeal_filed ON evaluation_appeal (filed_at);
CREATE INDEX ix_complaint_filed ON complaint (filed_at);

-- One server at a time runs a pass: it claims this row (position = its lease, empty when free; updated_at = when
-- claimed, by the server's own clock; a lease older than five minutes is taken over).
INSERT INTO due_watermark (kind, position, updated_at) VALUES ('~PASS', '', '2026-12-06 00:00:00');

-- New time limits (steps that had none) and how often the tracker runs.
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('supervision.due.refresh-seconds', '60', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('review.qualification.working-days', '2', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('delivery.acceptance.working-days', '3', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('credit.appeal.review-working-days', '10', 'INT', '2026-12-06 00:00:00', 'migration');
