-- Notifications inbox (shared.notification). Every context sends its notices through NotificationService.
-- The text is not stored: message_key names a key of messages_*.properties and message_args holds its arguments
-- (a JSON array of strings), so each reader sees the notice in his or her own language.
-- A notice goes either to one user or to a whole organisation (exactly one recipient column is set). A notice to an
-- organisation is read once for the organisation: the first member who marks it read is kept in read_by.
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share. All times are UTC, DATETIME(6).

CREATE TABLE notification (
  id                         BIGINT       NOT NULL AUTO_INCREMENT,
  recipient_user_id          BIGINT       NULL,       -- user_account.id (no foreign key yet, as stored_file)
  recipient_organisation_id  BIGINT       NULL,       -- organisation.id
  message_key                VARCHAR(100) NOT NULL,   -- key of messages_*.properties
  message_args               TEXT         NOT NULL,   -- JSON array of strings, e.g. ["ZJ001","2026-12-01"]
  link                       VARCHAR(300) NULL,       -- a path inside the application, starting with a single /
  created_at                 DATETIME(6)  NOT NULL,
  read_at                    DATETIME(6)  NULL,
  read_by                    VARCHAR(100) NULL,       -- user name of whoever marked it read
  PRIMARY KEY (id),
  KEY ix_notification_user_unread (recipient_user_id, read_at),
  KEY ix_notification_org_unread (recipient_organisation_id, read_at),
  CONSTRAINT ck_notification_one_recipient CHECK (
    (recipient_user_id IS NOT NULL AND recipient_organisation_id IS NULL)
    OR (recipient_user_id IS NULL AND recipient_organisation_id IS NOT NULL)),
  CONSTRAINT ck_notification_link CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%')),
  CONSTRAINT ck_notification_read CHECK ((read_at IS NULL AND read_by IS NULL) OR read_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
