-- Selection at the deadline (选取), its published proof, the result and failure announcements, objections (质疑) in the
-- publicity period (公示期), and the award (issue 5). SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

-- The announcements of the selection: the result (中选公告), a failure (流标公告), a voided result (after an upheld
-- objection) and the award at the end of the publicity period.
ALTER TABLE announcement DROP CONSTRAINT ck_announcement_kind;
ALTER TABLE announcement ADD CONSTRAINT ck_announcement_kind
  CHECK (kind IN ('PUBLICATION','CORRECTION','CANCELLATION','RESULT','FAILURE','VOIDED','AWARD'));

ALTER TABLE notice ADD COLUMN publicity_ends_at DATETIME(6) NULL;   -- end of the publicity period of the current result
ALTER TABLE notice ADD COLUMN reposted_from BIGINT NULL;            -- a failed notice posted again as this one
ALTER TABLE notice ADD CONSTRAINT fk_notice_reposted FOREIGN KEY (reposted_from) REFERENCES notice (id);

-- One selection run of a notice (round 1; a further round after an upheld objection). The proof is the canonical JSON
-- of docs/draw.md: seed, entries with their receipts and prices, the result; anyone can re-run it.
CREATE TABLE selection_result (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id        BIGINT        NOT NULL,
  round            INT           NOT NULL,
  status           VARCHAR(12)   NOT NULL,   -- SELECTED | FAILED | VOIDED
  method           VARCHAR(20)   NOT NULL,
  failure_reason   VARCHAR(20)   NULL,       -- TOO_FEW | NOT_ENROLLED
  winner_firm_id   BIGINT        NULL,
  amount           DECIMAL(14,2) NULL,       -- the winning price, or the fixed price
  seed_hex         CHAR(64)      NOT NULL,
  proof            MEDIUMTEXT    NOT NULL,
  proof_hash       CHAR(64)      NOT NULL,
  selected_at      DATETIME(6)   NOT NULL,
  selected_by      VARCHAR(100)  NOT NULL,   -- system (at the deadline) or the owner (direct pick)
  voided_at        DATETIME(6)   NULL,
  voided_reason    VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_selection_round (notice_id, round),
  CONSTRAINT fk_selection_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_selection_winner FOREIGN KEY (winner_firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT ck_selection_status CHECK (status IN ('SELECTED','FAILED','VOIDED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Enrolled firms left out at selection, with the rules they failed (message keys and arguments as JSON), or
-- disqualified by an upheld objection.
CREATE TABLE selection_exclusion (
  selection_id  BIGINT        NOT NULL,
  position      INT           NOT NULL,
  firm_id       BIGINT        NOT NULL,
  receipt_hash  CHAR(64)      NOT NULL,
  reasons       VARCHAR(2000) NOT NULL,
  PRIMARY KEY (selection_id, position),
  CONSTRAINT fk_exclusion_selection FOREIGN KEY (selection_id) REFERENCES selection_result (id),
  CONSTRAINT fk_exclusion_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Objections (质疑) by enrolled firms during the publicity period; the owner answers within the time limit.
CREATE TABLE objection (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id        BIGINT        NOT NULL,
  selection_id     BIGINT        NOT NULL,
  firm_id          BIGINT        NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  evidence_file_id BIGINT        NULL,
  raised_at        DATETIME(6)   NOT NULL,
  raised_by        VARCHAR(100)  NOT NULL,
  answer_due       DATETIME(6)   NOT NULL,
  status           VARCHAR(12)   NOT NULL,   -- OPEN | REJECTED | UPHELD
  answer           VARCHAR(2000) NULL,
  disqualified_firm_id BIGINT    NULL,       -- upheld: the entry taken out before the selection runs again
  answered_at      DATETIME(6)   NULL,
  answered_by      VARCHAR(100)  NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_objection_notice (notice_id, status),
  CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_objection_selection FOREIGN KEY (selection_id) REFERENCES selection_result (id),
  CONSTRAINT fk_objection_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_objection_file FOREIGN KEY (evidence_file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_objection_status CHECK (status IN ('OPEN','REJECTED','UPHELD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('selection.publicity.working-days', '3', 'INT', '2026-11-28 00:00:00', 'migration'),
  ('selection.objection.answer-working-days', '3', 'INT', '2026-11-28 00:00:00', 'migration');
