-- Foundation: organisations, user accounts and roles (read by the Shiro realm), the audit chain, and settings.
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share. All times are UTC, DATETIME(6).

CREATE TABLE organisation (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  name         VARCHAR(200) NOT NULL,
  kind         VARCHAR(16)  NOT NULL,   -- FIRM | OWNER | DEPARTMENT | REGULATOR | OPERATOR
  credit_code  CHAR(18)     NULL,       -- 统一社会信用代码, where the organisation has one
  status       VARCHAR(16)  NOT NULL,   -- ACTIVE | SUSPENDED | PENDING
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_organisation_credit_code (credit_code),
  CONSTRAINT ck_organisation_kind CHECK (kind IN ('FIRM','OWNER','DEPARTMENT','REGULATOR','OPERATOR')),
  CONSTRAINT ck_organisation_status CHECK (status IN ('ACTIVE','SUSPENDED','PENDING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  username         VARCHAR(64)  NOT NULL,
  password_hash    VARCHAR(255) NOT NULL,   -- Shiro 2 crypt format, argon2id
  display_name     VARCHAR(100) NOT NULL,
  organisation_id  BIGINT       NOT NULL,
  status           VARCHAR(16)  NOT NULL,   -- ACTIVE | DISABLED
  failed_logins    INT          NOT NULL DEFAULT 0,
  locked_until     DATETIME(6)  NULL,
  last_login_at    DATETIME(6)  NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_user_account_username (username),
  KEY ix_user_account_organisation (organisation_id),
  CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_user_account_status CHECK (status IN ('ACTIVE','DISABLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(16) NOT NULL,   -- FIRM | OWNER | APPROVER | REGULATOR | OPERATOR
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id),
  CONSTRAINT ck_user_role_role CHECK (role IN ('FIRM','OWNER','APPROVER','REGULATOR','OPERATOR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only audit chain. details is kept as the exact JSON text that was hashed (TEXT, not JSON:
-- MySQL's JSON type would normalise it and break the hashes). See docs/architecture.md, "Audit chain".
CREATE TABLE audit_entry (
  id           BIGINT       NOT NULL,     -- the position in the chain: 1, 2, 3, ...
  occurred_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  object_type  VARCHAR(64)  NOT NULL,
  object_id    VARCHAR(64)  NOT NULL,
  details      TEXT         NOT NULL,
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_audit_entry_object (object_type, object_id),
  KEY ix_audit_entry_actor (actor),
  KEY ix_audit_entry_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: the head of the chain, locked (SELECT ... FOR UPDATE) by every append so that appends from
-- several threads or servers line up one after another.
CREATE TABLE audit_chain_head (
  id         TINYINT  NOT NULL,
  last_id    BIGINT   NOT NULL,
  last_hash  CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Settings an operator can change (the "(default)" numbers of the product brief).
CREATE TABLE setting (
  setting_key  VARCHAR(100) NOT NULL,
  value        VARCHAR(500) NOT NULL,
  value_type   VARCHAR(16)  NOT NULL,   -- INT | DECIMAL | BOOLEAN | STRING
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(100) NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (setting_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('security.login.max-failures', '5', 'INT', '2026-11-22 00:00:00', 'migration'),
  ('security.login.lock-minutes', '15', 'INT', '2026-11-22 00:00:00', 'migration');
