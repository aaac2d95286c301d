-- Demo data (applied only by the run command's demo mode, history table flyway_demo_history).
-- One organisation and one account per role. Every demo password is Zjcs@2026 (argon2id hashes below).
-- Credit codes carry valid GB 32100-2015 check characters.

INSERT INTO organisation (id, name, kind, credit_code, status, created_at) VALUES
  (1001, '陕西秦川环境工程咨询有限公司', 'FIRM',       '91610113MA6TXQ1012', 'ACTIVE', '2026-10-08 01:30:00'),
  (2001, '西安市新城区城市建设投资集团有限公司', 'OWNER', '91610102MA6U2K30XK', 'ACTIVE', '2026-10-09 02:00:00'),
  (3001, '西安市新城区行政审批服务局', 'DEPARTMENT',     '1161010201613525XR', 'ACTIVE', '2026-10-01 00:00:00'),
  (4001, '西安市发展和改革委员会', 'REGULATOR',          '11610100016136017G', 'ACTIVE', '2026-10-01 00:00:00'),
  (5001, '西安市政务服务中心', 'OPERATOR',               '1261010043520917XR', 'ACTIVE', '2026-10-01 00:00:00');

INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at) VALUES
  (1001, 'firm01',      '$shiro2$argon2id$v=19$t=1,m=65536,p=4$igYGlsYhsCPDAPA7AfQF1w$B5aRFCqTTBoH0f7S8f7LMKOgSifCiY9kYmRKHoK4GIc', '李娜', 1001, 'ACTIVE', '2026-10-08 01:30:00'),
  (2001, 'owner01',     '$shiro2$argon2id$v=19$t=1,m=65536,p=4$di8NMTOW8pme7QXBSHmeLQ$0lF3FrLoFQc0AHhQqZtF6ylmL7vYJyAUiYDe6+ZCJDA', '王强', 2001, 'ACTIVE', '2026-10-09 02:00:00'),
  (3001, 'approver01',  '$shiro2$argon2id$v=19$t=1,m=65536,p=4$CKclSvmklQv74ct7LHXcfA$1kLmK86HfZIk6GvC4Q7MyQiXNJG8mDTxsDlJPLUfc04', '赵敏', 3001, 'ACTIVE', '2026-10-01 00:00:00'),
  (4001, 'regulator01', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$HVlxxR8UfCgo2I55lJZBGg$y6gZSfiPST6ATgMIyVuETL58f/CwYD8n+5oFQBRM5mE', '陈刚', 4001, 'ACTIVE', '2026-10-01 00:00:00'),
  (5001, 'operator01',  '$shiro2$argon2id$v=19$t=1,m=65536,p=4$H1WfdJ1PeSGkIShqhBOptQ$7Bf30FYtJjZnIHr/BMdejwHzd09tWDl4NXTGxbnVD8c', '刘洋', 5001, 'ACTIVE', '2026-10-01 00:00:00');

INSERT INTO user_role (user_id, role) VALUES
  (1001, 'FIRM'),
  (2001, 'OWNER'),
  (3001, 'APPROVER'),
  (4001, 'REGULATOR'),
  (5001, 'OPERATOR');
