-- Deliverables (服务成果, issue 6): after the contract the winning firm uploads versions of its deliverable (files and a
-- note); the owner accepts or returns each; after acceptance the staff of each department linked to the notice's approval
-- cases check it (pass or return). SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

-- One uploaded version of a notice's deliverable; every version is kept.
CREATE TABLE deliverable (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id        BIGINT        NOT NULL,
  revision         INT           NOT NULL,   -- 1, 2, … per notice, assigned by the service
  winner_firm_id   BIGINT        NOT NULL,
  note             VARCHAR(2000) NOT NULL,
  status           VARCHAR(20)   NOT NULL,   -- SUBMITTED | ACCEPTED | RETURNED_BY_OWNER | PASSED | RETURNED_BY_APPROVER
  submitted_at     DATETIME(6)   NOT NULL,
  submitted_by     VARCHAR(100)  NOT NULL,
  due_at           DATETIME(6)   NULL,       -- the service time limit: notice.service_days working days after the contract's confirmation
  late             BOOLEAN       NOT NULL DEFAULT FALSE,  -- the first version, submitted after due_at
  answered_at      DATETIME(6)   NULL,       -- the owner's acceptance or return
  answered_by      VARCHAR(100)  NULL,
  return_reason    VARCHAR(1000) NULL,       -- the owner's reason
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_deliverable_revision (notice_id, revision),
  CONSTRAINT fk_deliverable_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_deliverable_winner FOREIGN KEY (winner_firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT ck_deliverable_status CHECK (status IN ('SUBMITTED','ACCEPTED','RETURNED_BY_OWNER','PASSED','RETURNED_BY_APPROVER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The files of a version (PDF, JPEG or PNG), with the SHA-256 they had when uploaded.
CREATE TABLE deliverable_file (
  deliverable_id   BIGINT        NOT NULL,
  position         INT           NOT NULL,
  file_id          BIGINT        NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  display_name     VARCHAR(255)  NOT NULL,
  PRIMARY KEY (deliverable_id, position),
  UNIQUE KEY uq_deliverable_file (file_id),
  CONSTRAINT fk_deliverable_file_version FOREIGN KEY (deliverable_id) REFERENCES deliverable (id),
  CONSTRAINT fk_deliverable_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One department's check of an accepted version: passed, or returned with reasons. One per department and version.
CREATE TABLE deliverable_check (
  deliverable_id   BIGINT        NOT NULL,
  department_id    BIGINT        NOT NULL,
  result           VARCHAR(8)    NOT NULL,   -- PASSED | RETURNED
  reason           VARCHAR(1000) NULL,
  checked_at       DATETIME(6)   NOT NULL,
  checked_by       VARCHAR(100)  NOT NULL,
  PRIMARY KEY (deliverable_id, department_id),
  CONSTRAINT fk_deliverable_check_version FOREIGN KEY (deliverable_id) REFERENCES deliverable (id),
  CONSTRAINT fk_deliverable_check_department FOREIGN KEY (department_id) REFERENCES organisation (id),
  CONSTRAINT ck_deliverable_check_result CHECK (result IN ('PASSED','RETURNED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
