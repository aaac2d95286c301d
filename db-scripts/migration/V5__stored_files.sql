-- Uploaded files (shared.storage). The bytes live on disk under the data directory (zjcs.data.dir), outside the
-- web root, at storage_key; this table records what they are. SQL in the subset MySQL 8 and MariaDB 10.11+/11 share.
-- All times are UTC, DATETIME(6).

CREATE TABLE stored_file (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  storage_key            VARCHAR(200) NOT NULL,   -- relative path: files/<yyyy>/<mm>/<uuid>.<ext>
  sha256                 CHAR(64)     NOT NULL,   -- lowercase hex of the content
  size_bytes             BIGINT       NOT NULL,
  content_type           VARCHAR(100) NOT NULL,   -- decided from the content: application/pdf | image/jpeg | image/png
  display_name           VARCHAR(255) NOT NULL,   -- the uploader's file name, cleaned; display text only
  purpose                VARCHAR(32)  NOT NULL,   -- what the file is for, set by the context that stored it
  uploaded_by            VARCHAR(100) NOT NULL,
  uploaded_at            DATETIME(6)  NOT NULL,
  owner_organisation_id  BIGINT       NULL,       -- the organisation the file belongs to (no foreign key yet)
  PRIMARY KEY (id),
  UNIQUE KEY uq_stored_file_storage_key (storage_key),
  KEY ix_stored_file_sha256 (sha256),
  KEY ix_stored_file_owner (owner_organisation_id),
  CONSTRAINT ck_stored_file_content_type CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
  CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES ('upload.max-bytes', '10485760', 'INT', '2026-11-22 00:00:00', 'migration');
