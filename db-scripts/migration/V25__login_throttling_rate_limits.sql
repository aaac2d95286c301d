-- Issue 14: failed logins slow down (in memory, security.application.LoginThrottle) instead of locking the account,
-- so the lock-out columns and settings go; the throttling and rate-limit settings come (docs/operations.md).
ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;

DELETE FROM setting WHERE setting_key IN ('security.login.max-failures', 'security.login.lock-minutes');

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('security.login.account.free-failures',     '5',   'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.login.account.max-delay-seconds', '60',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.login.address.free-failures',     '20',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.login.address.max-delay-seconds', '300', 'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.login.forget-minutes',            '15',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.registration.limit',          '20',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.registration.window-minutes', '60',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.invitation.limit',            '10',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.invitation.window-minutes',   '60',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.upload.limit',                '60',  'INT', '2026-12-05 00:00:00', 'migration'),
  ('security.rate.upload.window-minutes',       '10',  'INT', '2026-12-05 00:00:00', 'migration');
