-- Demo notifications (shared.notification): a few notices for firm01 (user 1001, organisation 1001) and
-- operator01 (user 5001, organisation 5001), one of them already read. The text comes from messages_*.properties
-- (message_key + message_args, a JSON array of strings) in the reader's language.

INSERT INTO notification (recipient_user_id, recipient_organisation_id, message_key, message_args, link, created_at, read_at, read_by) VALUES
  (1001, NULL, 'notification.welcome',          '["陕西秦川环境工程咨询有限公司"]', '/firm/index.xhtml',       '2026-10-20 01:00:00', '2026-10-20 02:15:00', 'firm01'),
  (NULL, 1001, 'notification.catalogUpdated',   '["30"]',                         '/catalog.xhtml',          '2026-11-03 03:30:00', NULL, NULL),
  (1001, NULL, 'notification.inboxIntro',       '[]',                             NULL,                      '2026-11-05 06:45:00', NULL, NULL),
  (5001, NULL, 'notification.welcome',          '["西安市政务服务中心"]',           '/operator/index.xhtml',   '2026-10-20 01:00:00', NULL, NULL),
  (NULL, 5001, 'notification.calendarReminder', '["2027"]',                       '/operator/calendar.xhtml','2026-11-02 00:30:00', NULL, NULL);
