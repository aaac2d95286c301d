-- Contract filing (合同备案, issue 6): after the award the owner or the winning firm uploads the signed contract, the
-- other party confirms it (the notice becomes CONTRACTED) or returns it with a reason; a corrected version may follow.
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

-- One uploaded version of a notice's contract; every version is kept.
CREATE TABLE contract_version (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id        BIGINT        NOT NULL,
  revision         INT           NOT NULL,   -- 1, 2, … per notice
  uploader_party   VARCHAR(8)    NOT NULL,   -- OWNER | FIRM
  uploader_org_id  BIGINT        NOT NULL,
  winner_firm_id   BIGINT        NOT NULL,
  file_id          BIGINT        NOT NULL,   -- the signed contract, a PDF
  amount           DECIMAL(14,2) NOT NULL,   -- yuan; never above the award
  service_content  VARCHAR(2000) NOT NULL,
  service_start    DATE          NOT NULL,
  service_end      DATE          NOT NULL,
  status           VARCHAR(12)   NOT NULL,   -- SUBMITTED | CONFIRMED | RETURNED
  submitted_at     DATETIME(6)   NOT NULL,
  submitted_by     VARCHAR(100)  NOT NULL,
  due_at           DATETIME(6)   NOT NULL,   -- the filing deadline: working days after the AWARD announcement
  answered_at      DATETIME(6)   NULL,
  answered_by      VARCHAR(100)  NULL,
  return_reason    VARCHAR(1000) NULL,
  late             BOOLEAN       NOT NULL DEFAULT FALSE,  -- confirmed after due_at
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_contract_revision (notice_id, revision),
  CONSTRAINT fk_contract_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_contract_winner FOREIGN KEY (winner_firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_contract_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_contract_status CHECK (status IN ('SUBMITTED','CONFIRMED','RETURNED')),
  CONSTRAINT ck_contract_party CHECK (uploader_party IN ('OWNER','FIRM')),
  CONSTRAINT ck_contract_dates CHECK (service_end >= service_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('contract.filing.working-days', '5', 'INT', '2026-11-28 00:00:00', 'migration');
