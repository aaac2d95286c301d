-- Issue 14, item 7c: uploads are refused (upload.error.noSpace) when they would leave less than this many MB free in
-- the file system of the storage directory (docs/operations.md, "Storage reserve"); 0 switches the check off.
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('storage.min-free-mb', '100', 'INT', '2026-12-05 00:00:00', 'migration');
