-- Credit (信用评价, issue 7): the versioned rule table, the immutable credit events and each firm's standing. SQL in the
-- subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

-- A version of the published rule table. Versions are never changed once created: a regulator's change is a new version
-- (the next number) effective from a given time; the events recorded from then on name it.
CREATE TABLE credit_rule_version (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version_no       INT           NOT NULL,
  effective_from   DATETIME(6)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  created_by       VARCHAR(100)  NOT NULL,
  note             VARCHAR(500)  NOT NULL,   -- why this version (shown with the table)
  PRIMARY KEY (id),
  UNIQUE KEY uq_credit_rule_version_no (version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The points of each kind of event in a version (labels in the message bundles as credit.code.<CODE>).
CREATE TABLE credit_rule (
  version_id       BIGINT        NOT NULL,
  code             VARCHAR(40)   NOT NULL,
  points           INT           NOT NULL,
  PRIMARY KEY (version_id, code),
  CONSTRAINT fk_credit_rule_version FOREIGN KEY (version_id) REFERENCES credit_rule_version (id),
  CONSTRAINT ck_credit_rule_points CHECK (points BETWEEN -100 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One change of a firm's score, never updated nor deleted: what happened (code), its points under the named rule version,
-- and the source object in the context that owns the fact (e.g. CONTRACT 812, DELIVERABLE 40, EVALUATION 7). The unique
-- key makes a fact count once however often it is told. A correction (an upheld appeal) is a REVERSAL event naming the
-- event it cancels, followed by the corrected event.
CREATE TABLE credit_event (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  firm_id            BIGINT        NOT NULL,
  code               VARCHAR(40)   NOT NULL,
  points             INT           NOT NULL,
  rule_version_id    BIGINT        NOT NULL,
  source_type        VARCHAR(30)   NOT NULL,
  source_id          VARCHAR(64)   NOT NULL,
  notice_id          BIGINT        NULL,       -- the notice the fact belongs to, when there is one (public link)
  occurred_at        DATETIME(6)   NOT NULL,
  recorded_at        DATETIME(6)   NOT NULL,
  recorded_by        VARCHAR(100)  NOT NULL,
  reverses_event_id  BIGINT        NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_credit_event_fact (firm_id, code, source_type, source_id),
  KEY ix_credit_event_firm (firm_id, occurred_at),
  CONSTRAINT fk_credit_event_firm FOREIGN KEY (firm_id) REFERENCES organisation (id),
  CONSTRAINT fk_credit_event_version FOREIGN KEY (rule_version_id) REFERENCES credit_rule_version (id),
  CONSTRAINT fk_credit_event_reverses FOREIGN KEY (reverses_event_id) REFERENCES credit_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each firm's sum of points and number of events, kept with every event in the same transaction (a cache: always
-- recomputable from the events). The score is the starting score (setting) plus this sum and the level follows from the
-- score and the level settings when read, so a changed setting applies at once. A firm without a row has no events.
CREATE TABLE firm_credit (
  firm_id          BIGINT        NOT NULL,
  points_total     INT           NOT NULL,
  events           INT           NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (firm_id),
  CONSTRAINT fk_firm_credit_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO credit_rule_version (id, version_no, effective_from, created_at, created_by, note) VALUES
  (1, 1, '2026-01-01 00:00:00', '2026-11-28 00:00:00', 'migration', 'Initial rule table (docs/credit.md)');

INSERT INTO credit_rule (version_id, code, points) VALUES
  (1, 'EVALUATION_VERY_SATISFIED', 2),
  (1, 'EVALUATION_SATISFIED', 1),
  (1, 'EVALUATION_BASICALLY_SATISFIED', 0),
  (1, 'EVALUATION_DISSATISFIED', -3),
  (1, 'EVALUATION_VERY_DISSATISFIED', -5),
  (1, 'APPROVAL_QUALITY_GOOD', 1),
  (1, 'APPROVAL_QUALITY_FAIR', 0),
  (1, 'APPROVAL_QUALITY_POOR', -2),
  (1, 'CONTRACT_FILED_LATE', -2),
  (1, 'DELIVERABLE_LATE', -3),
  (1, 'DELIVERABLE_RETURNED_BY_APPROVAL', -2),
  (1, 'AWARD_DECLINED', -5),
  (1, 'OBJECTION_UPHELD', -5),
  (1, 'FALSE_MATERIALS', -20),
  (1, 'RED_LISTED', 5);

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('credit.score.start', '100', 'INT', '2026-11-28 00:00:00', 'migration'),
  ('credit.level.a', '90', 'INT', '2026-11-28 00:00:00', 'migration'),
  ('credit.level.b', '75', 'INT', '2026-11-28 00:00:00', 'migration'),
  ('credit.level.c', '60', 'INT', '2026-11-28 00:00:00', 'migration');

