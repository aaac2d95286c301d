-- Issue 17 (supervision): one model of everything that is due. Every step a party must take within a time limit
-- (a registration or qualification review, an objection answer, a contract upload or answer, a deliverable, the owner's
-- acceptance, each department's check, a quality rating, an evaluation, an appeal review, a complaint answer) is one row
-- here, opened when the step becomes due and closed when it is taken. The supervision context keeps this table in step
-- with the other contexts (it only reads them; nothing imports supervision), and the board's counts, lists, step times
-- and rankings are indexed queries on it instead of scans of the business tables.
-- The dimensions are copied at opening so that no board query joins back to the business tables.
CREATE TABLE due_item (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  kind              VARCHAR(32)  NOT NULL,   -- supervision.domain.DueKind
  ref_id            BIGINT       NOT NULL,   -- the source row (of the table the kind names)
  party_type        VARCHAR(16)  NOT NULL,   -- who must act: FIRM | OWNER | DEPARTMENT | REGULATOR | OPERATOR
  party_id          BIGINT       NULL,       -- the organisation that must act (NULL: the operator or any regulator)
  firm_id           BIGINT       NULL,       -- the firm concerned, where there is one
  owner_id          BIGINT       NULL,       -- the owner unit concerned
  department_id     BIGINT       NULL,       -- the approval department concerned
  service_item_id   BIGINT       NULL,
  region_code       CHAR(6)      NULL,
  notice_id         BIGINT       NULL,
  case_number       VARCHAR(64)  NULL,       -- the approval case, for the drill-down to its timeline
  opened_at         DATETIME(6)  NOT NULL,   -- when the step became due (the start of its time limit)
  due_at            DATETIME(6)  NOT NULL,   -- opened_at plus the limit in working days (setting at opening)
  done_at           DATETIME(6)  NULL,       -- when the step was taken; NULL while open
  late              TINYINT(1)   NULL,       -- done after due_at (NULL while open)
  duration_seconds  BIGINT       NULL,       -- done_at - opened_at, for the step-time medians
  updated_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_due_item_source (kind, ref_id),
  KEY ix_due_open (done_at, due_at),
  KEY ix_due_kind_done (kind, done_at),
  KEY ix_due_party_open (party_type, party_id, done_at, due_at),
  KEY ix_due_department (department_id, done_at),
  KEY ix_due_owner (owner_id, done_at),
  KEY ix_due_firm (firm_id, done_at),
  KEY ix_due_item_region (service_item_id, region_code, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How far the tracker has read each source, so a restart (or another node) goes on where it stopped.
CREATE TABLE due_watermark (
  kind        VARCHAR(32)  NOT NULL,
  position    VARCHAR(64)  NOT NULL,   -- the source's own keyset position (an instant and an id), opaque here
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
