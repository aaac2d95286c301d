-- Issue 17 parts 2, 6, 8 (the supervision board, 电子监察): its settings and the indexes its queries need on due_item
-- (docs/supervision.md "The board"; EXPLAIN and timings in docs/performance.md "Supervision board").

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('supervision.board.due-soon-hours', '24', 'INT', UTC_TIMESTAMP(6), 'migration'),
  ('supervision.board.max-period-days', '366', 'INT', UTC_TIMESTAMP(6), 'migration');

-- Step times and the "closed" trend read the items closed in a period: a covering index (no row look-ups).
CREATE INDEX ix_due_closed_stats ON due_item (done_at, kind, duration_seconds, late);
-- The "opened" trend reads the items opened in a period.
CREATE INDEX ix_due_opened_stats ON due_item (opened_at, kind, done_at);
-- A department's board: its open items in due order.
CREATE INDEX ix_due_department_open ON due_item (department_id, done_at, due_at);
