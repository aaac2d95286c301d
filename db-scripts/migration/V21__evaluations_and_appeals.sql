-- Evaluations (好差评), approval staff's quality ratings and appeals (申诉), issue 7. SQL in the subset MySQL 8 and
-- MariaDB 10.11+/11 share; times UTC. Delivery tells credit when an evaluation or a rating becomes expected (the owner
-- accepted a deliverable; a department passed its check); the row waits until the owner / the staff give it.

-- The owner's evaluation of the firm for a notice: expected once the owner accepts a deliverable of the notice (once per
-- notice), due within credit.evaluation.working-days working days; the five aspects on a 1–5 scale (5 best) and the
-- overall level are NULL until given. The comment is private (the owner, the firm and regulators; never public).
-- revised_level is set when a regulator revises the level on appeal (the level that counts from then on).
CREATE TABLE evaluation (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  notice_id          BIGINT         NOT NULL,
  notice_title       VARCHAR(200)   NOT NULL,
  deliverable_id     BIGINT         NOT NULL,
  owner_id           BIGINT         NOT NULL,
  firm_id            BIGINT         NOT NULL,
  accepted_at        DATETIME(6)    NOT NULL,
  due_at             DATETIME(6)    NOT NULL,
  quality            TINYINT        NULL,
  timeliness         TINYINT        NULL,
  attitude           TINYINT        NULL,
  fees               TINYINT        NULL,
  conduct            TINYINT        NULL,
  overall_level      VARCHAR(30)    NULL,
  comment            VARCHAR(1000)  NULL,
  evaluated_at       DATETIME(6)    NULL,
  evaluated_by       VARCHAR(100)   NULL,
  revised_level      VARCHAR(30)    NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_evaluation_notice (notice_id),
  KEY ix_evaluation_owner (owner_id, due_at),
  KEY ix_evaluation_firm (firm_id, evaluated_at),
  CONSTRAINT fk_evaluation_owner FOREIGN KEY (owner_id) REFERENCES organisation (id),
  CONSTRAINT fk_evaluation_firm FOREIGN KEY (firm_id) REFERENCES organisation (id),
  CONSTRAINT ck_evaluation_aspects CHECK (quality BETWEEN 1 AND 5 AND timeliness BETWEEN 1 AND 5 AND attitude BETWEEN 1 AND 5
                                          AND fees BETWEEN 1 AND 5 AND conduct BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A department's rating of a deliverable version's quality after passing its check: expected once per (version,
-- department), GOOD / FAIR / POOR with an optional comment, given by a staff member of that department.
CREATE TABLE approval_rating (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  notice_id          BIGINT         NOT NULL,
  notice_title       VARCHAR(200)   NOT NULL,
  deliverable_id     BIGINT         NOT NULL,
  department_id      BIGINT         NOT NULL,
  firm_id            BIGINT         NOT NULL,
  passed_at          DATETIME(6)    NOT NULL,
  rating             VARCHAR(8)     NULL,
  comment            VARCHAR(1000)  NULL,
  rated_at           DATETIME(6)    NULL,
  rated_by           VARCHAR(100)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_approval_rating_check (deliverable_id, department_id),
  KEY ix_approval_rating_notice (notice_id),
  CONSTRAINT fk_approval_rating_department FOREIGN KEY (department_id) REFERENCES organisation (id),
  CONSTRAINT fk_approval_rating_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The firm's appeal (申诉) of an owner's evaluation, filed within credit.appeal.working-days working days of it, one per
-- evaluation; a regulator upholds the evaluation or revises its level, with a reason either way.
CREATE TABLE evaluation_appeal (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  evaluation_id      BIGINT         NOT NULL,
  firm_id            BIGINT         NOT NULL,
  reasons            VARCHAR(2000)  NOT NULL,
  filed_at           DATETIME(6)    NOT NULL,
  filed_by           VARCHAR(100)   NOT NULL,
  status             VARCHAR(10)    NOT NULL,   -- PENDING, UPHELD, REVISED
  original_level     VARCHAR(30)    NOT NULL,
  revised_level      VARCHAR(30)    NULL,
  decision_reason    VARCHAR(1000)  NULL,
  decided_at         DATETIME(6)    NULL,
  decided_by         VARCHAR(100)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_evaluation_appeal (evaluation_id),
  KEY ix_evaluation_appeal_status (status, filed_at),
  CONSTRAINT fk_evaluation_appeal_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  CONSTRAINT fk_evaluation_appeal_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('credit.evaluation.working-days', '3', 'INT', '2026-11-28 00:00:00', 'migration'),
  ('credit.appeal.working-days', '5', 'INT', '2026-11-28 00:00:00', 'migration');
