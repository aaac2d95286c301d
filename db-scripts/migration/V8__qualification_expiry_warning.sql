-- The warning before a qualification expires: which valid-to date a firm has been warned about (a renewed
-- qualification, with a new valid-to, is warned about again), and how many days ahead (a setting).
ALTER TABLE firm_qualification ADD COLUMN expiry_warned_for DATE NULL;
INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('qualification.expiry-warning-days', '30', 'INT', '2026-11-22 00:00:00', 'migration');
