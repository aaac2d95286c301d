-- Issue 18 item 3: the service guide (办事指南) of a catalogue item: its conditions, materials, procedure, time limit
-- and fees, shown on the public page /service.xhtml?code=… and edited by regulators in the catalogue admin
-- (/regulator/catalog.xhtml, every change audited as CATALOG_GUIDE_CHANGED). One guide per item at most; an item
-- without a guide shows its catalogue entry only. The guide text is content data (Chinese as the source documents
-- have it), not UI strings. SQL in the subset MySQL 8 and MariaDB 11 share.
CREATE TABLE service_guide (
  service_item_id   BIGINT        NOT NULL,
  conditions        TEXT          NOT NULL,   -- 申请条件 / 服务条件
  materials         TEXT          NOT NULL,   -- 所需材料, one per line (1-30 lines)
  time_limit_days   INT           NOT NULL,   -- 办理时限 in working days (1-365)
  time_limit_note   VARCHAR(500)  NULL,
  fee_standard      VARCHAR(2000) NOT NULL,   -- 收费标准
  fee_basis         VARCHAR(2000) NOT NULL,   -- 收费依据
  updated_at        DATETIME(6)   NOT NULL,
  updated_by        VARCHAR(100)  NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (service_item_id),
  CONSTRAINT fk_service_guide_item FOREIGN KEY (service_item_id) REFERENCES service_item (id),
  CONSTRAINT ck_service_guide_days CHECK (time_limit_days BETWEEN 1 AND 365)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 办理流程: the ordered steps (1-20), each with its name and who acts (catalog.domain.StepActor).
CREATE TABLE service_guide_step (
  service_item_id  BIGINT        NOT NULL,
  position         INT           NOT NULL,   -- 0-based order
  name             VARCHAR(100)  NOT NULL,
  actor            VARCHAR(16)   NOT NULL,
  PRIMARY KEY (service_item_id, position),
  CONSTRAINT fk_service_guide_step FOREIGN KEY (service_item_id) REFERENCES service_guide (service_item_id),
  CONSTRAINT ck_service_guide_actor CHECK (actor IN ('OWNER','PLATFORM','FIRM','EXPERTS','AUTHORITY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
