-- Red and black lists (红黑名单), credit repair (信用修复) and regulators' findings of false materials (issue 7, E2).
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; instants UTC, dates Beijing calendar days.

-- A firm on the RED list (commendation) or the BLACK list (失信), from start_date to end_date inclusive (Beijing dates).
-- An entry ends by itself after its end date (nothing is written then: "current" is decided from the date when read).
-- A regulator may end it early (ended_*), with a reason; an approved credit repair ends it early too (repair_id).
CREATE TABLE credit_list_entry (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  firm_id          BIGINT         NOT NULL,
  kind             VARCHAR(10)    NOT NULL,   -- RED | BLACK
  reason           VARCHAR(1000)  NOT NULL,
  legal_basis      VARCHAR(1000)  NOT NULL,
  start_date       DATE           NOT NULL,
  end_date         DATE           NOT NULL,
  created_at       DATETIME(6)    NOT NULL,
  created_by       VARCHAR(100)   NOT NULL,
  ended_on         DATE           NULL,       -- Beijing date of an early end: not current from this day on
  ended_at         DATETIME(6)    NULL,
  ended_by         VARCHAR(100)   NULL,
  end_reason       VARCHAR(1000)  NULL,
  repair_id        BIGINT         NULL,       -- the approved credit repair that ended it
  version          BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_credit_list_entry_firm (firm_id, kind, start_date),
  KEY ix_credit_list_entry_kind (kind, end_date),
  CONSTRAINT fk_credit_list_entry_firm FOREIGN KEY (firm_id) REFERENCES organisation (id),
  CONSTRAINT ck_credit_list_entry_kind CHECK (kind IN ('RED', 'BLACK')),
  CONSTRAINT ck_credit_list_entry_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The evidence files of an entry (1 to 5), stored by the shared upload service; never public.
CREATE TABLE credit_list_evidence (
  entry_id         BIGINT         NOT NULL,
  position         INT            NOT NULL,
  file_id          BIGINT         NOT NULL,
  sha256           CHAR(64)       NOT NULL,
  display_name     VARCHAR(255)   NOT NULL,
  PRIMARY KEY (entry_id, position),
  CONSTRAINT fk_credit_list_evidence_entry FOREIGN KEY (entry_id) REFERENCES credit_list_entry (id),
  CONSTRAINT fk_credit_list_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A firm's application for credit repair of one of its current BLACK entries: PENDING until a regulator APPROVES it (the
-- entry ends early) or REFUSES it with a reason. One PENDING application per entry at a time.
CREATE TABLE credit_repair (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  entry_id         BIGINT         NOT NULL,
  firm_id          BIGINT         NOT NULL,
  reason           VARCHAR(1000)  NOT NULL,
  status           VARCHAR(10)    NOT NULL,   -- PENDING | APPROVED | REFUSED
  applied_at       DATETIME(6)    NOT NULL,
  applied_by       VARCHAR(100)   NOT NULL,
  decided_at       DATETIME(6)    NULL,
  decided_by       VARCHAR(100)   NULL,
  decision_reason  VARCHAR(1000)  NULL,
  version          BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_credit_repair_entry (entry_id, status),
  KEY ix_credit_repair_status (status, applied_at),
  CONSTRAINT fk_credit_repair_entry FOREIGN KEY (entry_id) REFERENCES credit_list_entry (id),
  CONSTRAINT fk_credit_repair_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credit_repair_evidence (
  repair_id        BIGINT         NOT NULL,
  position         INT            NOT NULL,
  file_id          BIGINT         NOT NULL,
  sha256           CHAR(64)       NOT NULL,
  display_name     VARCHAR(255)   NOT NULL,
  PRIMARY KEY (repair_id, position),
  CONSTRAINT fk_credit_repair_evidence_repair FOREIGN KEY (repair_id) REFERENCES credit_repair (id),
  CONSTRAINT fk_credit_repair_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A regulator's finding that a firm provided false materials (提供虚假材料): the FALSE_MATERIALS credit event's source.
CREATE TABLE credit_finding (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  firm_id          BIGINT         NOT NULL,
  reason           VARCHAR(1000)  NOT NULL,
  found_at         DATETIME(6)    NOT NULL,
  found_by         VARCHAR(100)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_credit_finding_firm (firm_id),
  CONSTRAINT fk_credit_finding_firm FOREIGN KEY (firm_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credit_finding_evidence (
  finding_id       BIGINT         NOT NULL,
  position         INT            NOT NULL,
  file_id          BIGINT         NOT NULL,
  sha256           CHAR(64)       NOT NULL,
  display_name     VARCHAR(255)   NOT NULL,
  PRIMARY KEY (finding_id, position),
  CONSTRAINT fk_credit_finding_evidence_finding FOREIGN KEY (finding_id) REFERENCES credit_finding (id),
  CONSTRAINT fk_credit_finding_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The minimum time on the black list before credit repair may be applied for: calendar days from the entry's start.
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('credit.repair.min-days', '90', 'INT', '2026-11-28 00:00:00', 'migration');
