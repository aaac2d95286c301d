-- Procurement notices (采购公告): the owner's terms, the approval cases they serve, the qualification requirements
-- copied from the catalogue item, the avoidance list, attachments, and the public announcements (publication,
-- corrections, cancellation), each fixed with its content hash. Amounts are DECIMAL(14,2) yuan. SQL in the subset MySQL 8
-- and MariaDB 10.11+/11 share; instants are UTC DATETIME(6); planned_deadline is Beijing wall-clock time.

CREATE TABLE notice (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  owner_id              BIGINT        NOT NULL,
  created_by_user       BIGINT        NOT NULL,
  service_item_id       BIGINT        NOT NULL,
  title                 VARCHAR(200)  NOT NULL,
  service_content       VARCHAR(4000) NOT NULL,
  project_scale         VARCHAR(1000) NOT NULL,
  region_code           CHAR(6)       NOT NULL,
  fund_source           VARCHAR(8)    NOT NULL,   -- FISCAL | SOCIAL
  selection_method      VARCHAR(20)   NOT NULL,   -- RANDOM_DRAW | LOWEST_PRICE | REASONABLE_PRICE | SCORED | DIRECT_PICK
  fixed_price           DECIMAL(14,2) NULL,       -- random draw and direct pick
  price_floor           DECIMAL(14,2) NULL,       -- priced methods
  price_ceiling         DECIMAL(14,2) NULL,
  min_bidders           INT           NOT NULL,
  weight_price          INT           NULL,       -- scored comparison, percent, summing to 100
  weight_credit         INT           NULL,
  weight_qualification  INT           NULL,
  coefficients          VARCHAR(100)  NULL,       -- reasonable price, e.g. 95,96,97,98 (percent)
  direct_pick_reason    VARCHAR(1000) NULL,
  requirement_mode      VARCHAR(8)    NOT NULL,   -- ALL_OF | ANY_OF
  service_days          INT           NOT NULL,   -- service time limit in working days
  planned_deadline      DATETIME(6)   NOT NULL,   -- the deadline as the owner entered it (Beijing time)
  enrolment_deadline    DATETIME(6)   NULL,       -- fixed at publication (UTC)
  contact_name          VARCHAR(50)   NOT NULL,
  contact_phone         VARCHAR(30)   NOT NULL,
  complaint_phone       VARCHAR(30)   NOT NULL,
  status                VARCHAR(16)   NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  published_at          DATETIME(6)   NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_notice_owner (owner_id, status),
  KEY ix_notice_public (status, published_at),
  KEY ix_notice_deadline (status, enrolment_deadline),
  CONSTRAINT fk_notice_owner FOREIGN KEY (owner_id) REFERENCES organisation (id),
  CONSTRAINT fk_notice_user FOREIGN KEY (created_by_user) REFERENCES user_account (id),
  CONSTRAINT fk_notice_item FOREIGN KEY (service_item_id) REFERENCES service_item (id),
  CONSTRAINT fk_notice_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT ck_notice_fund CHECK (fund_source IN ('FISCAL','SOCIAL')),
  CONSTRAINT ck_notice_method CHECK (selection_method IN ('RANDOM_DRAW','LOWEST_PRICE','REASONABLE_PRICE','SCORED','DIRECT_PICK')),
  CONSTRAINT ck_notice_mode CHECK (requirement_mode IN ('ALL_OF','ANY_OF')),
  CONSTRAINT ck_notice_status CHECK (status IN ('DRAFT','PUBLISHED','CLOSED','SELECTED','ANNOUNCED','AWARDED','CONTRACTED',
                                                'IN_SERVICE','DELIVERED','COMPLETED','CANCELLED','FAILED','SUSPENDED')),
  CONSTRAINT ck_notice_prices CHECK (price_floor IS NULL OR price_ceiling IS NULL OR price_floor <= price_ceiling)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_case (
  notice_id         BIGINT NOT NULL,
  approval_case_id  BIGINT NOT NULL,
  PRIMARY KEY (notice_id, approval_case_id),
  KEY ix_notice_case_case (approval_case_id),
  CONSTRAINT fk_notice_case_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_case_case FOREIGN KEY (approval_case_id) REFERENCES approval_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_requirement (
  notice_id  BIGINT      NOT NULL,
  position   INT         NOT NULL,
  type_code  VARCHAR(32) NOT NULL,
  min_level  VARCHAR(32) NULL,
  PRIMARY KEY (notice_id, position),
  CONSTRAINT fk_notice_req_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_req_type FOREIGN KEY (type_code) REFERENCES qualification_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_avoidance (
  notice_id  BIGINT       NOT NULL,
  position   INT          NOT NULL,
  firm_id    BIGINT       NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  PRIMARY KEY (notice_id, position),
  CONSTRAINT fk_notice_avoid_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_avoid_firm FOREIGN KEY (firm_id) REFERENCES firm (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_attachment (
  notice_id       BIGINT       NOT NULL,
  position        INT          NOT NULL,
  stored_file_id  BIGINT       NOT NULL,
  display_name    VARCHAR(255) NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  PRIMARY KEY (notice_id, position),
  CONSTRAINT fk_notice_att_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_att_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id     BIGINT        NOT NULL,
  kind          VARCHAR(16)   NOT NULL,   -- PUBLICATION | CORRECTION | CANCELLATION
  published_at  DATETIME(6)   NOT NULL,
  published_by  VARCHAR(100)  NOT NULL,
  reason        VARCHAR(1000) NULL,
  changes       TEXT          NULL,       -- JSON: field -> {from, to}
  content       MEDIUMTEXT    NOT NULL,   -- the notice as canonical JSON at that moment
  content_hash  CHAR(64)      NOT NULL,   -- SHA-256 of content (UTF-8)
  PRIMARY KEY (id),
  KEY ix_announcement_notice (notice_id, id),
  KEY ix_announcement_published (published_at),
  CONSTRAINT fk_announcement_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT ck_announcement_kind CHECK (kind IN ('PUBLICATION','CORRECTION','CANCELLATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('notice.enrolment.min-working-days', '3', 'INT', '2026-11-22 00:00:00', 'migration'),
  ('notice.direct-pick.threshold', '100000.00', 'DECIMAL', '2026-11-22 00:00:00', 'migration');
