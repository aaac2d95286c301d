-- Issue 17 part 3 (performance): the daily figures of the 好差评 statistics. supervision.application.EvaluationDays
-- keeps this table in step with `evaluation` in the due tracker's pass (it only reads evaluation, evaluation_appeal,
-- notice, notice_case and approval_case; nothing announces anything): it re-folds a whole Beijing day from
-- `evaluation` whenever an evaluation of that day was given or its appeal decided, so a pass run twice changes nothing.
-- SQL in the subset MySQL 8 and MariaDB 11 share.
--
-- One row per (Beijing day, department_id, firm, owner unit, service item):
--   department_id = 0: every evaluation of the day once (the firm, owner unit and service item figures);
--   department_id > 0: the evaluations of notices serving a case of that department, each once per department
--                      (the department figures, and the figures of a department's own scope).
-- service_item_id = 0 when the evaluation's notice is not found (counted for the firm and owner unit, not for an item).
-- A department's or a firm's own figures read their rows by ix_evaluation_day_department / ix_evaluation_day_firm.
CREATE TABLE evaluation_day (
  day              DATE    NOT NULL,   -- the Beijing calendar day of evaluated_at
  department_id    BIGINT  NOT NULL,
  firm_id          BIGINT  NOT NULL,
  owner_id         BIGINT  NOT NULL,
  service_item_id  BIGINT  NOT NULL,
  evaluations      INT     NOT NULL,   -- evaluations given
  satisfied        INT     NOT NULL,   -- counted level (revised, else given) 非常满意 / 满意 / 基本满意
  bad              INT     NOT NULL,   -- counted level 不满意 / 非常不满意
  quality          INT     NOT NULL,   -- sums of the five aspect scores (1-5 each)
  timeliness       INT     NOT NULL,
  attitude         INT     NOT NULL,
  fees             INT     NOT NULL,
  conduct          INT     NOT NULL,
  PRIMARY KEY (day, department_id, firm_id, owner_id, service_item_id),
  KEY ix_evaluation_day_department (department_id, day),
  KEY ix_evaluation_day_firm (firm_id, day),
  KEY ix_evaluation_day_owner (owner_id, day),
  KEY ix_evaluation_day_item (service_item_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The same figures per (dimension, Beijing calendar month, group): what a regulator's period reads for its whole months
-- (a year is at most 12 x groups rows per dimension), the days at either end being read from evaluation_day. Written
-- from evaluation_day in the transaction that re-folds a day of the month.
--   dimension FIRM / OWNER / SERVICE_ITEM: group_id = firm_id / owner_id / service_item_id of the department 0 rows
--   (service item 0 left out); DEPARTMENT: group_id = department_id of the rows of departments.
CREATE TABLE evaluation_month (
  dimension    VARCHAR(16)  NOT NULL,   -- supervision.domain.StatsDimension
  month        DATE         NOT NULL,   -- the first day of the month
  group_id     BIGINT       NOT NULL,
  evaluations  INT          NOT NULL,
  satisfied    INT          NOT NULL,
  bad          INT          NOT NULL,
  quality      INT          NOT NULL,
  timeliness   INT          NOT NULL,
  attitude     INT          NOT NULL,
  fees         INT          NOT NULL,
  conduct      INT          NOT NULL,
  PRIMARY KEY (dimension, month, group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The fold reads evaluations forward by (evaluated_at, id) and decided appeals by (decided_at, id): plain reads.
CREATE INDEX ix_evaluation_evaluated ON evaluation (evaluated_at);
CREATE INDEX ix_evaluation_appeal_decided ON evaluation_appeal (decided_at);
