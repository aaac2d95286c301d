-- Issue 17 parts 5 and 8: risk warnings (风险预警) raised by the daily scan over a window of notices, and the API keys
-- with a supervision scope with which a provincial platform reads /api/supervision/... as a regulator organisation.
-- SQL in the subset MySQL 8 and MariaDB 11 share; instants are UTC DATETIME(6).

-- One warning: a rule that fired for a subject (an owner unit, an owner-firm pair, a group of firms, a notice or a firm)
-- over a window, with its evidence (JSON text of the facts: names, notice numbers, shares, prices). While a warning is
-- OPEN, open_key holds rule|subject_key and is unique, so the same rule and subject is never raised twice while open
-- (a rescan refreshes its evidence instead); CHECKED warnings have open_key NULL (several NULLs are allowed).
CREATE TABLE risk_warning (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  rule_code      VARCHAR(20)   NOT NULL,   -- WIN_SHARE | DIRECT_PICK | COHORT | CEILING | LATE_CANCEL
  subject_kind   VARCHAR(16)   NOT NULL,   -- OWNER | OWNER_FIRM | FIRM_GROUP | NOTICE | FIRM
  subject_key    VARCHAR(200)  NOT NULL,   -- e.g. 2001 (owner), 2001:1007 (owner:firm), 1001-1002-1003 (firms)
  subject_label  VARCHAR(500)  NOT NULL,   -- the names as found (for the list; the evidence has the facts)
  window_from    DATETIME(6)   NOT NULL,
  window_to      DATETIME(6)   NOT NULL,
  evidence       MEDIUMTEXT    NOT NULL,
  found_at       DATETIME(6)   NOT NULL,
  refreshed_at   DATETIME(6)   NOT NULL,
  state          VARCHAR(8)    NOT NULL,   -- OPEN | CHECKED
  open_key       VARCHAR(230)  NULL,
  checked_note   VARCHAR(2000) NULL,
  checked_by     VARCHAR(100)  NULL,
  checked_at     DATETIME(6)   NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_risk_warning_open (open_key),
  KEY ix_risk_warning_list (found_at, id),
  KEY ix_risk_warning_state (state, found_at, id),
  KEY ix_risk_warning_rule (rule_code, state, found_at, id),
  KEY ix_risk_warning_subject (rule_code, subject_kind, subject_key, state),
  CONSTRAINT ck_risk_warning_rule CHECK (rule_code IN ('WIN_SHARE','DIRECT_PICK','COHORT','CEILING','LATE_CANCEL')),
  CONSTRAINT ck_risk_warning_state CHECK (state IN ('OPEN','CHECKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The daily scan is claimed once per day in the database (several servers: one of them scans).
CREATE TABLE risk_scan_run (
  scan_day     DATE         NOT NULL,
  started_at   DATETIME(6)  NOT NULL,
  started_by   VARCHAR(100) NOT NULL,
  PRIMARY KEY (scan_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The window reads notices by publication time (the scan's range scans start here).
CREATE INDEX ix_notice_risk_window ON notice (published_at, owner_id);
CREATE INDEX ix_selection_risk_window ON selection_result (selected_at, status);

-- API keys with a supervision scope: issued by a regulator for its own organisation (a provincial platform reads
-- /api/supervision/... as that organisation, GET only). Only the SHA-256 of the key is kept.
CREATE TABLE supervision_api_key (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  regulator_id     BIGINT       NOT NULL,
  key_hash         CHAR(64)     NOT NULL,
  label            VARCHAR(100) NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  revoked_at       DATETIME(6)  NULL,
  revoked_by       VARCHAR(100) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_supervision_api_key_hash (key_hash),
  KEY ix_supervision_api_key_regulator (regulator_id, created_at),
  CONSTRAINT fk_supervision_api_key_regulator FOREIGN KEY (regulator_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('risk.window-days', '365', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.win-share.percent', '50', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.win-share.min-notices', '5', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.direct-pick.count', '3', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.direct-pick.percent', '30', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.cohort.min-notices', '4', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.cohort.percent', '80', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.ceiling.band-percent', '2', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.ceiling.share-percent', '60', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.ceiling.min-bids', '3', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.cancel.count', '2', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('risk.api.requests-per-minute', '120', 'INT', '2026-12-06 00:00:00', 'migration');
