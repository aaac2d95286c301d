-- Approval cases (审批办件): the approval that needs an intermediary service. Registered by the owner, or pushed by the
-- approval system of a department through POST /api/approval-cases with that department's API key (kept hashed).
-- A case belongs to the applicant by its unified social credit code, so that a case pushed before the owner registers
-- on the platform is the owner's as soon as it does. SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

CREATE TABLE approval_case (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  case_number        VARCHAR(64)  NOT NULL,   -- 审批办件编号 / 审批流水号, unique on the platform
  project_name       VARCHAR(200) NOT NULL,
  project_code       CHAR(24)     NULL,       -- 投资项目代码 YYYY-AAAAAA-BB-CC-NNNNNN, for investment projects
  department_id      BIGINT       NOT NULL,   -- the approval department (organisation of kind DEPARTMENT)
  approval_item      VARCHAR(200) NOT NULL,   -- 审批事项
  owner_credit_code  CHAR(18)     NOT NULL,   -- the applicant (项目业主)
  source             VARCHAR(8)   NOT NULL,   -- OWNER | API
  registered_at      DATETIME(6)  NOT NULL,
  registered_by      VARCHAR(100) NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_approval_case_number (case_number),
  KEY ix_approval_case_owner (owner_credit_code),
  KEY ix_approval_case_department (department_id),
  KEY ix_approval_case_project_code (project_code),
  CONSTRAINT fk_approval_case_department FOREIGN KEY (department_id) REFERENCES organisation (id),
  CONSTRAINT ck_approval_case_source CHECK (source IN ('OWNER','API'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API keys of approval departments' systems. Only the SHA-256 of a key is kept; the key is shown once when issued.
CREATE TABLE department_api_key (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  department_id  BIGINT       NOT NULL,
  key_hash       CHAR(64)     NOT NULL,
  label          VARCHAR(100) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  revoked_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_department_api_key_hash (key_hash),
  CONSTRAINT fk_api_key_department FOREIGN KEY (department_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
