-- Issue 17 part 4: monthly rankings and the regulators' 通报 (bulletins naming units that missed time limits).
-- The rankings are read from due_item (V45); a 通报 copies the figures of the units it names when it is drafted, so a
-- published 通报 never changes when the data does. SQL in the subset MySQL 8 and MariaDB 11 share; times UTC.

-- A 通报: DRAFT (only its regulator organisation reads and edits it) → PUBLISHED (public) → WITHDRAWN (with a reason;
-- the detail stays readable, the public list no longer shows it). period_month is the month ranked, 'YYYY-MM'.
CREATE TABLE bulletin (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  regulator_org_id  BIGINT         NOT NULL,
  period_month      CHAR(7)        NOT NULL,
  title             VARCHAR(200)   NOT NULL,
  body              VARCHAR(4000)  NOT NULL,
  state             VARCHAR(12)    NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  created_by        VARCHAR(100)   NOT NULL,
  updated_at        DATETIME(6)    NOT NULL,
  published_at      DATETIME(6)    NULL,
  published_by      VARCHAR(100)   NULL,
  withdrawn_at      DATETIME(6)    NULL,
  withdrawn_by      VARCHAR(100)   NULL,
  withdraw_reason   VARCHAR(1000)  NULL,
  version           BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_bulletin_regulator (regulator_org_id, id),
  KEY ix_bulletin_state (state, id),
  CONSTRAINT fk_bulletin_regulator FOREIGN KEY (regulator_org_id) REFERENCES organisation (id),
  CONSTRAINT ck_bulletin_state CHECK (state IN ('DRAFT','PUBLISHED','WITHDRAWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The units a 通报 names, in the order shown, with their month's figures as copied at drafting.
CREATE TABLE bulletin_unit (
  bulletin_id     BIGINT        NOT NULL,
  position        INT           NOT NULL,
  unit_kind       VARCHAR(12)   NOT NULL,   -- DEPARTMENT | OWNER | FIRM
  unit_id         BIGINT        NOT NULL,   -- the organisation
  unit_name       VARCHAR(200)  NOT NULL,
  closed_items    BIGINT        NOT NULL,
  late_items      BIGINT        NOT NULL,
  overdue_at_end  BIGINT        NOT NULL,
  evaluated       BIGINT        NOT NULL,
  satisfied       BIGINT        NOT NULL,
  unit_rank       INT           NULL,       -- NULL: too few items to rank
  PRIMARY KEY (bulletin_id, position),
  KEY ix_bulletin_unit_org (unit_id),
  CONSTRAINT fk_bulletin_unit_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
  CONSTRAINT ck_bulletin_unit_kind CHECK (unit_kind IN ('DEPARTMENT','OWNER','FIRM'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('supervision.ranking.min-items', '5', 'INT', '2026-12-06 00:00:00', 'migration');
