-- Complaints (投诉) and reports (举报) to the regulators, and their answers (issue 16, part 6; supervision context).
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; instants UTC DATETIME(6).

-- A COMPLAINT is a firm's, about the owner's rejection of its objection (objection_id, unique: one per objection); a
-- REPORT is anyone's, against a NOTICE, a FIRM, an OWNER unit or a DEPARTMENT (target_kind, target_id). Only the
-- reporter organisation and the regulators of complaint_route read it. SUBMITTED -> UNDER_REVIEW -> ANSWERED, or
-- WITHDRAWN by the reporter before the answer.
CREATE TABLE complaint (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  kind               VARCHAR(10)    NOT NULL,   -- COMPLAINT | REPORT
  topic              VARCHAR(20)    NOT NULL,   -- FORCED_DESIGNATION | EXTRA_FEES | OTHER | OBJECTION_REJECTED
  target_kind        VARCHAR(12)    NOT NULL,   -- NOTICE | FIRM | OWNER | DEPARTMENT
  target_id          BIGINT         NOT NULL,
  target_name        VARCHAR(300)   NOT NULL,   -- the notice's title or the organisation's name when filed (lists read no other table)
  notice_id          BIGINT         NULL,
  objection_id       BIGINT         NULL,
  service_item_code  VARCHAR(32)    NULL,       -- the notice's service item when filed (the routing)
  accused_firm_id    BIGINT         NULL,       -- the firm a finding may lead to a credit event or black-list entry for
  reporter_org_id    BIGINT         NOT NULL,
  filed_by           VARCHAR(100)   NOT NULL,
  text               VARCHAR(2000)  NOT NULL,
  filed_at           DATETIME(6)    NOT NULL,
  due_at             DATETIME(6)    NOT NULL,   -- complaint.answer.working-days after filed_at
  status             VARCHAR(12)    NOT NULL,
  reviewed_at        DATETIME(6)    NULL,
  reviewed_by        VARCHAR(100)   NULL,
  finding            VARCHAR(14)    NULL,       -- UPHELD | PARTLY_UPHELD | NOT_UPHELD
  answer             VARCHAR(2000)  NULL,
  consequence        VARCHAR(12)    NULL,       -- NONE | CREDIT_EVENT | BLACK_LIST
  answered_at        DATETIME(6)    NULL,
  answered_by        VARCHAR(100)   NULL,
  withdrawn_at       DATETIME(6)    NULL,
  version            BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_complaint_objection (objection_id),
  KEY ix_complaint_reporter (reporter_org_id, id),
  KEY ix_complaint_status_due (status, due_at),
  CONSTRAINT fk_complaint_reporter FOREIGN KEY (reporter_org_id) REFERENCES organisation (id),
  CONSTRAINT ck_complaint_kind CHECK (kind IN ('COMPLAINT', 'REPORT')),
  CONSTRAINT ck_complaint_status CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'ANSWERED', 'WITHDRAWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The regulator organisations an item was routed to when filed (the regulators of the notice's service item, or every
-- active regulator). The regulators' queue reads by this table's key order.
CREATE TABLE complaint_route (
  regulator_org_id   BIGINT         NOT NULL,
  complaint_id       BIGINT         NOT NULL,
  PRIMARY KEY (regulator_org_id, complaint_id),
  KEY ix_complaint_route_complaint (complaint_id),
  CONSTRAINT fk_complaint_route_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_complaint_route_regulator FOREIGN KEY (regulator_org_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence files (0 to 5), stored by the shared upload service under the reporter organisation.
CREATE TABLE complaint_evidence (
  complaint_id       BIGINT         NOT NULL,
  position           INT            NOT NULL,
  file_id            BIGINT         NOT NULL,
  sha256             CHAR(64)       NOT NULL,
  display_name       VARCHAR(255)   NOT NULL,
  PRIMARY KEY (complaint_id, position),
  KEY ix_complaint_evidence_file (file_id),
  CONSTRAINT fk_complaint_evidence_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_complaint_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An upheld complaint is a credit event (domain brief, "Credit"): in every version of the rule table.
INSERT INTO credit_rule (version_id, code, points)
  SELECT v.id, 'COMPLAINT_UPHELD', -5 FROM credit_rule_version v
  WHERE NOT EXISTS (SELECT 1 FROM credit_rule r WHERE r.version_id = v.id AND r.code = 'COMPLAINT_UPHELD');

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('complaint.period.working-days', '5', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('complaint.answer.working-days', '10', 'INT', '2026-12-06 00:00:00', 'migration');
