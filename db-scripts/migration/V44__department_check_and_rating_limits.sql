-- Issue 17 (time limits everywhere, first slice): the approval departments' checks of a deliverable and the approval
-- staff's quality ratings get a time limit in working days (seed 002 §12). A check is due
-- delivery.check.working-days after the owner accepted the version; a rating credit.rating.working-days after the
-- department's pass. A late department is only marked overdue (no credit consequence). No new tables: the due times
-- are computed from deliverable.answered_at and approval_rating.passed_at with the working-day calendar.
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('delivery.check.working-days', '3', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('credit.rating.working-days', '3', 'INT', '2026-12-06 00:00:00', 'migration');
