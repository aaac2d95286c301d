-- Owner organisations (项目业主 / 采购人): their registration profile, reviewed by the operator like a firm's, and the
-- history of that review. Member accounts: an organisation's first account is its unit admin (单位管理员), who invites
-- further member accounts and can deactivate them. SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

ALTER TABLE user_account ADD COLUMN unit_admin BOOLEAN NOT NULL DEFAULT FALSE;
-- Accounts that exist already: the first account of each organisation is its unit admin.
UPDATE user_account u
  JOIN (SELECT MIN(id) AS id FROM user_account GROUP BY organisation_id) firsts ON u.id = firsts.id
   SET u.unit_admin = TRUE;

CREATE TABLE owner_unit (
  organisation_id      BIGINT       NOT NULL,
  unit_type            VARCHAR(24)  NOT NULL,   -- GOVERNMENT_AGENCY | PUBLIC_INSTITUTION | ENTERPRISE | SOCIAL_ORGANISATION
  contact_name         VARCHAR(50)  NOT NULL,
  contact_phone        VARCHAR(30)  NOT NULL,
  address              VARCHAR(200) NOT NULL,
  region_code          CHAR(6)      NOT NULL,
  certificate_file_id  BIGINT       NOT NULL,   -- 统一社会信用代码证书 / 营业执照 / 法人证书 scan
  registration_status  VARCHAR(16)  NOT NULL,   -- SUBMITTED | RETURNED | APPROVED
  submitted_at         DATETIME(6)  NOT NULL,   -- the latest (re)submission: the review deadline counts from it
  approved_at          DATETIME(6)  NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id),
  KEY ix_owner_unit_status (registration_status, submitted_at),
  CONSTRAINT fk_owner_unit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_owner_unit_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT fk_owner_unit_certificate FOREIGN KEY (certificate_file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_owner_unit_type CHECK (unit_type IN ('GOVERNMENT_AGENCY','PUBLIC_INSTITUTION','ENTERPRISE','SOCIAL_ORGANISATION')),
  CONSTRAINT ck_owner_unit_status CHECK (registration_status IN ('SUBMITTED','RETURNED','APPROVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE owner_review_event (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  owner_id  BIGINT        NOT NULL,
  action    VARCHAR(16)   NOT NULL,
  reason    VARCHAR(1000) NULL,
  actor     VARCHAR(100)  NOT NULL,
  at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_owner_review_owner (owner_id, id),
  CONSTRAINT fk_owner_review_owner FOREIGN KEY (owner_id) REFERENCES owner_unit (organisation_id),
  CONSTRAINT ck_owner_review_action CHECK (action IN ('SUBMITTED','RETURNED','RESUBMITTED','APPROVED','SUSPENDED','REINSTATED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An invitation to join an organisation as a member account. Only the SHA-256 of the invitation code is kept: the code
-- itself is shown once to the unit admin, who passes it on. PENDING until accepted (an account is created) or revoked;
-- a pending invitation past expires_at can no longer be accepted.
CREATE TABLE account_invitation (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id  BIGINT       NOT NULL,
  display_name     VARCHAR(100) NOT NULL,
  code_hash        CHAR(64)     NOT NULL,
  status           VARCHAR(16)  NOT NULL,   -- PENDING | ACCEPTED | REVOKED
  invited_by       VARCHAR(64)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  expires_at       DATETIME(6)  NOT NULL,
  closed_at        DATETIME(6)  NULL,
  account_id       BIGINT       NULL,       -- the account created on acceptance
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_invitation_code_hash (code_hash),
  KEY ix_invitation_organisation (organisation_id, status),
  CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING','ACCEPTED','REVOKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('account.invitation.valid-days', '7', 'INT', '2026-11-22 00:00:00', 'migration');
