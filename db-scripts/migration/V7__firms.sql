-- Firms (中介服务机构): the registration profile, the service items offered, the materials, the qualifications, and the
-- history of the operator's review. The organisation and the firm's account live in organisation / user_account.

CREATE TABLE firm (
  organisation_id          BIGINT       NOT NULL,
  legal_representative     VARCHAR(50)  NOT NULL,
  contact_name             VARCHAR(50)  NOT NULL,
  contact_phone            VARCHAR(30)  NOT NULL,
  address                  VARCHAR(200) NOT NULL,
  region_code              CHAR(6)      NOT NULL,
  registration_status      VARCHAR(16)  NOT NULL,   -- SUBMITTED | RETURNED | APPROVED
  submitted_at             DATETIME(6)  NOT NULL,   -- the latest (re)submission: the review deadline counts from it
  approved_at              DATETIME(6)  NULL,
  commitment_confirmed_at  DATETIME(6)  NOT NULL,
  commitment_locale        VARCHAR(8)   NOT NULL,
  commitment_hash          CHAR(64)     NOT NULL,   -- SHA-256 of the commitment text shown to the firm
  version                  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id),
  KEY ix_firm_status (registration_status, submitted_at),
  CONSTRAINT fk_firm_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_firm_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT ck_firm_status CHECK (registration_status IN ('SUBMITTED','RETURNED','APPROVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE firm_service_item (
  firm_id          BIGINT NOT NULL,
  service_item_id  BIGINT NOT NULL,
  PRIMARY KEY (firm_id, service_item_id),
  CONSTRAINT fk_firm_item_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_firm_item_item FOREIGN KEY (service_item_id) REFERENCES service_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE firm_material (
  firm_id         BIGINT      NOT NULL,
  kind            VARCHAR(32) NOT NULL,   -- BUSINESS_LICENCE | LEGAL_REP_ID | REGISTRATION_FORM
  stored_file_id  BIGINT      NOT NULL,
  PRIMARY KEY (firm_id, kind),
  CONSTRAINT fk_material_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_material_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE firm_qualification (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  firm_id             BIGINT       NOT NULL,
  type_code           VARCHAR(32)  NOT NULL,
  level               VARCHAR(32)  NULL,
  certificate_no      VARCHAR(64)  NOT NULL,
  issuer              VARCHAR(100) NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_to            DATE         NOT NULL,
  scan_file_id        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY ix_qualification_firm (firm_id),
  KEY ix_qualification_valid_to (valid_to),
  CONSTRAINT fk_qualification_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_qualification_type FOREIGN KEY (type_code) REFERENCES qualification_type (code),
  CONSTRAINT fk_qualification_scan FOREIGN KEY (scan_file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_qualification_dates CHECK (valid_to >= valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a registration's review, kept for good: submitted, returned (with the reason), resubmitted, approved;
-- and later suspensions and reinstatements by the operator (with the reason).
CREATE TABLE firm_review_event (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  firm_id   BIGINT       NOT NULL,
  action    VARCHAR(16)  NOT NULL,
  reason    VARCHAR(1000) NULL,
  actor     VARCHAR(100) NOT NULL,
  at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_review_firm (firm_id, id),
  CONSTRAINT fk_review_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT ck_review_action CHECK (action IN ('SUBMITTED','RETURNED','RESUBMITTED','APPROVED','SUSPENDED','REINSTATED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('review.registration.working-days', '2', 'INT', '2026-11-22 00:00:00', 'migration');
