-- Issue 17 (performance): the board's counts and step times at 1 M due_item rows (docs/performance.md "Supervision
-- board", docs/supervision.md "The board"). SQL in the subset MySQL 8 and MariaDB 11 share.

-- Counts of the open items by a dimension, with the board's filters: one covering index over the open rows
-- (done_at IS NULL is its first part), holding every filter and dimension column and due_at, so that the GROUP BY
-- reads only the index entries of the ~3 % open rows and never the table rows.
CREATE INDEX ix_due_open_counts ON due_item
  (done_at, kind, party_type, department_id, owner_id, firm_id, service_item_id, region_code, due_at);

-- Step times: a daily histogram of the durations of the items closed, kept by the due tracker's pass
-- (supervision.application.StepDays): +1 in the transaction that closes (or inserts closed) an item, a whole Beijing
-- day written again from due_item by the backfill (watermark STEPS.BACKFILL in due_watermark) and the test hook.
-- The months of a period are read from due_step_month (below), only its days at either end from here.
-- Buckets (supervision.domain.StepBuckets): one per whole second below 100 s, then each about 9 % wider than the one
-- before; median and P90 are read back as the bucket's representative value (within 5 % of the exact value).
-- One row per (department_id, Beijing day of done_at, kind, party type, bucket):
--   department_id = 0: every closed item once (the regulators' and, with party_type OPERATOR, the operator's figures);
--   department_id > 0: the closed items of that approval department once more (a department's own figures).
CREATE TABLE due_step_day (
  department_id  BIGINT       NOT NULL,
  day            DATE         NOT NULL,   -- the Beijing calendar day of done_at
  kind           VARCHAR(32)  NOT NULL,   -- supervision.domain.DueKind
  party_type     VARCHAR(16)  NOT NULL,
  bucket         SMALLINT     NOT NULL,   -- supervision.domain.StepBuckets
  n              INT          NOT NULL,   -- items closed with a duration in the bucket
  late_n         INT          NOT NULL,   -- of which closed after their due instant
  PRIMARY KEY (department_id, day, kind, party_type, bucket),
  KEY ix_due_step_day_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The same counts per (department_id, Beijing calendar month, kind, party type, bucket): what a period reads for its
-- whole months (a year is 12 months of rows instead of 366 days), the days at either end being read from due_step_day.
-- Kept with it: the same +1 in the transaction of a close; written again from due_step_day in the transaction that
-- writes a day of the month again (the backfill folds one calendar month a transaction).
CREATE TABLE due_step_month (
  department_id  BIGINT       NOT NULL,
  month          DATE         NOT NULL,   -- the first day of the month
  kind           VARCHAR(32)  NOT NULL,
  party_type     VARCHAR(16)  NOT NULL,
  bucket         SMALLINT     NOT NULL,
  n              INT          NOT NULL,
  late_n         INT          NOT NULL,
  PRIMARY KEY (department_id, month, kind, party_type, bucket),
  KEY ix_due_step_month_month (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
