-- Issue 17 part 3: 好差评 statistics and the 差评 ledger (差评台账). SQL in the subset MySQL 8 and MariaDB 11 share;
-- times UTC DATETIME(6).

-- The statistics read evaluations given in a period (evaluated_at) and group them by firm, owner unit, service item
-- (through notice) or approval department (through notice_case / approval_case). This index covers the figures of the
-- firm and owner dimensions (level, revised level and the five aspects) so that a period is one range read of the
-- index, never of the table rows (EXPLAIN: docs/performance.md, "好差评 statistics").
ALTER TABLE evaluation ADD KEY ix_evaluation_stats (evaluated_at, firm_id, owner_id, overall_level, revised_level,
                                                    quality, timeliness, attitude, fees, conduct, notice_id);

-- The 差评 ledger reads the bad evaluations (original level 不满意 / 非常不满意) newest first.
ALTER TABLE evaluation ADD KEY ix_evaluation_bad (overall_level, evaluated_at, id);

-- The follow-up (整改情况) a regulator records on a bad evaluation of the ledger: once per evaluation, with a note;
-- audited EVALUATION_FOLLOW_UP_RECORDED. The ledger's state (待申诉 / 申诉中 / 申诉成立已改评 / 待整改 / 已整改) is
-- derived from the evaluation, its appeal and this row.
CREATE TABLE evaluation_follow_up (
  evaluation_id  BIGINT         NOT NULL,
  note           VARCHAR(1000)  NOT NULL,
  recorded_at    DATETIME(6)    NOT NULL,
  recorded_by    VARCHAR(100)   NOT NULL,
  PRIMARY KEY (evaluation_id),
  CONSTRAINT fk_evaluation_follow_up_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('supervision.stats.max-period-days', '366', 'INT', '2026-12-06 00:00:00', 'migration');
