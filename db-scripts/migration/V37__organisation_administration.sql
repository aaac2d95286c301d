-- Issue 16, part 1: the operator administers approval departments (审批部门) and regulators (行业主管部门) from a page.
-- An organisation gets its region (GB/T 2260 code; required for departments and regulators created from the page, NULL
-- for the organisations that had none) and, for a department, the approval items it handles (one per line). The
-- operator can deactivate one: status DEACTIVATED (its accounts cannot log in, their open sessions end) and back.
-- An invitation may make the accepting account its organisation's unit admin (the first account of a department or
-- regulator). Which regulators oversee which service items belongs to the catalogue: service_item_oversight.
ALTER TABLE organisation ADD COLUMN region_code CHAR(6) NULL;
ALTER TABLE organisation ADD COLUMN approval_items TEXT NULL;
ALTER TABLE organisation ADD CONSTRAINT fk_organisation_region FOREIGN KEY (region_code) REFERENCES region (code);
ALTER TABLE organisation DROP CONSTRAINT ck_organisation_status;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_status
  CHECK (status IN ('ACTIVE','SUSPENDED','PENDING','DEACTIVATED'));

ALTER TABLE account_invitation ADD COLUMN unit_admin BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE service_item_oversight (
  service_item_id  BIGINT NOT NULL,
  regulator_id     BIGINT NOT NULL,
  PRIMARY KEY (service_item_id, regulator_id),
  KEY ix_oversight_regulator (regulator_id),
  CONSTRAINT fk_oversight_item FOREIGN KEY (service_item_id) REFERENCES service_item (id),
  CONSTRAINT fk_oversight_regulator FOREIGN KEY (regulator_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
