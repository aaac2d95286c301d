-- Sealed enrolment and bids (报名与密封报价), and the draw commitment of a notice (issue 5).
-- Before the deadline nobody, someone reading this database included, can see who enrolled or at what price: the firm,
-- the price and the receipt nonce of an enrolment are sealed (AES-256-GCM, key outside the database); the row is found
-- by a keyed tag of (notice, firm). Only a count per notice is public. At selection the application opens the rows and
-- writes the firm in clear (firm_id), from then on part of the public proof. SQL in the subset MySQL 8 and MariaDB
-- 10.11+/11 share; instants are UTC DATETIME(6).

-- The draw seed: drawn at publication with SecureRandom, kept sealed; its SHA-256 is published with the notice.
ALTER TABLE notice ADD COLUMN draw_commitment CHAR(64) NULL;
ALTER TABLE notice ADD COLUMN draw_seed_sealed VARCHAR(200) NULL;

CREATE TABLE enrolment (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  notice_id       BIGINT       NOT NULL,
  firm_tag        CHAR(64)     NOT NULL,   -- HMAC(notice, firm): finds the firm's row without naming it
  firm_sealed     VARCHAR(200) NOT NULL,   -- the firm id, sealed
  status          VARCHAR(12)  NOT NULL,   -- ACTIVE | WITHDRAWN
  price_sealed    VARCHAR(200) NULL,       -- the price that counts (the last one), sealed; NULL for methods without price
  receipt_hash    CHAR(64)     NOT NULL,   -- the receipt of the submission that counts
  submitted_at    DATETIME(6)  NOT NULL,   -- time of the submission that counts
  nonce_sealed    VARCHAR(200) NOT NULL,   -- that receipt's random nonce, sealed
  submissions     INT          NOT NULL,
  firm_id         BIGINT       NULL,       -- written in clear when the notice is opened at its deadline
  opened_price    DECIMAL(14,2) NULL,      -- likewise
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_enrolment_tag (notice_id, firm_tag),
  KEY ix_enrolment_notice (notice_id, status),
  CONSTRAINT fk_enrolment_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_enrolment_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id),
  CONSTRAINT ck_enrolment_status CHECK (status IN ('ACTIVE','WITHDRAWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every submission (enrol, price, revision, withdrawal) with its receipt; the firm keeps the receipt and can check it.
CREATE TABLE enrolment_submission (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  enrolment_id   BIGINT       NOT NULL,
  kind           VARCHAR(12)  NOT NULL,   -- ENROL | REVISE | WITHDRAW | REENROL
  submitted_at   DATETIME(6)  NOT NULL,
  receipt_hash   CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_submission_receipt (receipt_hash),
  KEY ix_submission_enrolment (enrolment_id, id),
  CONSTRAINT fk_submission_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT ck_submission_kind CHECK (kind IN ('ENROL','REVISE','WITHDRAW','REENROL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
