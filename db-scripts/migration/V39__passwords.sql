-- Issue 16 (passwords): change of one's own password, reset by a one-time link, the password policy
-- (security.domain.PasswordPolicy; docs/security.md "Passwords").
-- session_epoch: raised by every change or reset of the password; a session that logged in under an older epoch ends
-- at its next request (security.infrastructure.AccountStatusFilter). password_changed_at: when it last changed.
ALTER TABLE user_account
  ADD COLUMN session_epoch       INT          NOT NULL DEFAULT 0,
  ADD COLUMN password_changed_at DATETIME(6)  NULL;

-- A user's request for a reset (REQUESTED) and the one-time link issued for it or directly by the operator or the
-- unit admin (ISSUED); a link is USED once, or REPLACED by a newer one. Only the SHA-256 of the link's code is kept.
CREATE TABLE password_reset (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  account_id      BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,   -- REQUESTED | ISSUED | USED | REPLACED
  note            VARCHAR(500) NULL,       -- what the user wrote with the request (to help the operator verify)
  requested_at    DATETIME(6)  NULL,
  request_client  VARCHAR(64)  NULL,
  code_hash       CHAR(64)     NULL,
  issued_by       VARCHAR(64)  NULL,
  issued_at       DATETIME(6)  NULL,
  expires_at      DATETIME(6)  NULL,
  closed_at       DATETIME(6)  NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_password_reset_code_hash (code_hash),
  KEY ix_password_reset_status (status, id),
  KEY ix_password_reset_account (account_id, status),
  CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT ck_password_reset_status CHECK (status IN ('REQUESTED','ISSUED','USED','REPLACED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('security.password-reset.valid-hours',         '24', 'INT', '2026-12-06 00:00:00', 'migration'),
  ('security.rate.password-reset.limit',          '5',  'INT', '2026-12-06 00:00:00', 'migration'),
  ('security.rate.password-reset.window-minutes', '60', 'INT', '2026-12-06 00:00:00', 'migration');
