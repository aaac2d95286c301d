-- Firm upkeep (issue 16 part 8): a firm's change of its licence data (name, unified social credit code, legal
-- representative, registered address and region, business licence file) waits for the operator's review. Each row
-- keeps the values before and after, so the reviewer sees both and the history stays readable after approval. The
-- firm keeps operating under the old data until the change is approved; at most one change per firm waits at a time
-- (checked by the service under a lock of the firm's row).

CREATE TABLE firm_licence_change (
  id                        BIGINT        NOT NULL AUTO_INCREMENT,
  firm_id                   BIGINT        NOT NULL,
  old_name                  VARCHAR(200)  NOT NULL,
  new_name                  VARCHAR(200)  NOT NULL,
  old_credit_code           CHAR(18)      NULL,
  new_credit_code           CHAR(18)      NOT NULL,
  old_legal_representative  VARCHAR(50)   NOT NULL,
  new_legal_representative  VARCHAR(50)   NOT NULL,
  old_address               VARCHAR(200)  NOT NULL,
  new_address               VARCHAR(200)  NOT NULL,
  old_region_code           CHAR(6)       NOT NULL,
  new_region_code           CHAR(6)       NOT NULL,
  old_licence_file_id       BIGINT        NULL,
  new_licence_file_id       BIGINT        NOT NULL,
  registration_status       VARCHAR(16)   NOT NULL,   -- SUBMITTED | RETURNED | APPROVED (a returned change is closed)
  submitted_at              DATETIME(6)   NOT NULL,
  approved_at               DATETIME(6)   NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_licence_change_firm (firm_id, id),
  KEY ix_licence_change_status (registration_status, submitted_at),
  KEY ix_licence_change_file (new_licence_file_id),
  CONSTRAINT fk_licence_change_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT fk_licence_change_region FOREIGN KEY (new_region_code) REFERENCES region (code),
  CONSTRAINT fk_licence_change_file FOREIGN KEY (new_licence_file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_licence_change_status CHECK (registration_status IN ('SUBMITTED','RETURNED','APPROVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The review steps of each change (submitted, returned with the reason, approved), never changed.
CREATE TABLE firm_licence_change_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  change_id   BIGINT        NOT NULL,
  action      VARCHAR(16)   NOT NULL,
  reason      VARCHAR(1000) NULL,
  actor       VARCHAR(100)  NOT NULL,
  at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_licence_change_event (change_id, id),
  CONSTRAINT fk_licence_change_event FOREIGN KEY (change_id) REFERENCES firm_licence_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
