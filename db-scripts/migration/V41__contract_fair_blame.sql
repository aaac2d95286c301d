-- Fair blame for late contract filing (issue 16, part 7; docs/domain-rules.md "Who was late", docs/credit.md).
-- The uploading party's limit is fixed on each version in due_at (the filing limit for the first upload; after a
-- return, the later of the filing limit and the answer window opened by the return); the other party's answer limit
-- is answer_due_at (contract.answer.working-days after the upload). On the confirmed version, firm_late and owner_late
-- say who missed a limit (late = either). Only a late firm gets the credit event; owner_late is counted per owner unit
-- for the supervision board (ContractQueries.ownerLateCounts, index ix_contract_version_owner_late).
-- Versions filed before this migration have no answer limit (NULL) and keep the old rule: the firm was blamed for a
-- confirmation after due_at, and its credit events stay as recorded; so firm_late takes their late flag.
-- SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC DATETIME(6).

ALTER TABLE contract_version
  ADD COLUMN answer_due_at DATETIME(6) NULL AFTER due_at,
  ADD COLUMN firm_late     BOOLEAN     NOT NULL DEFAULT FALSE AFTER late,
  ADD COLUMN owner_late    BOOLEAN     NOT NULL DEFAULT FALSE AFTER firm_late;

UPDATE contract_version SET firm_late = TRUE WHERE late = TRUE;

CREATE INDEX ix_contract_version_owner_late ON contract_version (owner_late, answered_at);

INSERT INTO setting (setting_key, value, value_type, updated_at, updated_by) VALUES
  ('contract.answer.working-days', '2', 'INT', '2026-12-06 00:00:00', 'migration');
