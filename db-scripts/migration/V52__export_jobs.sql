-- Issue 17 part 7 (Excel exports): one row per export a user asked for. A job is claimed by one server
-- (UPDATE ... WHERE state = 'QUEUED'), read in short keyset batches (no lock on the business tables), written as an
-- .xlsx under <data dir>/exports/ and removed export.keep-hours after it was finished.
CREATE TABLE export_job (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  kind           VARCHAR(32)   NOT NULL,   -- the ExportSource's kind: FIRMS, NOTICES, RESULTS, CREDIT_LIST, AUDIT_LOG, ...
  parameters     VARCHAR(2000) NOT NULL,   -- the list's filters as key=value lines, with the requester's scope fixed in
  requested_by   VARCHAR(100)  NOT NULL,   -- the account's user name: only it may see and download the job
  locale         VARCHAR(8)    NOT NULL,   -- the requester's language for the header row and labels
  state          VARCHAR(16)   NOT NULL,   -- QUEUED | RUNNING | DONE | FAILED | TOO_LARGE
  rows_expected  BIGINT        NULL,       -- the bounded count taken before writing
  rows_done      BIGINT        NOT NULL DEFAULT 0,
  storage_key    VARCHAR(200)  NULL,       -- the file under <data dir>/exports/ while it is kept
  file_size      BIGINT        NULL,
  message_key    VARCHAR(100)  NULL,       -- why FAILED / TOO_LARGE, a bundle key
  claimed_by     VARCHAR(100)  NULL,       -- the server that runs it
  created_at     DATETIME(6)   NOT NULL,
  started_at     DATETIME(6)   NULL,
  finished_at    DATETIME(6)   NULL,
  expires_at     DATETIME(6)   NULL,       -- finished_at + export.keep-hours; the file is removed after it
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_export_job_requester (requested_by, id),
  KEY ix_export_job_state (state, created_at),
  KEY ix_export_job_expires (expires_at),
  CONSTRAINT ck_export_job_state CHECK (state IN ('QUEUED','RUNNING','DONE','FAILED','TOO_LARGE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('export.max-rows', '100000', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('export.keep-hours', '72', 'INT', '2026-12-06 00:00:00', 'migration');
