-- Declining an award (放弃中选, issue 6 item 2): before the contract is filed the awarded firm may decline with a reason;
-- the result is marked DECLINED and announced; for the price and scored methods the owner takes the runner-up from the
-- same proof (a new round that repeats the proof, basis RUNNER_UP) or ends the notice. Open contract versions of the
-- firm that declined are WITHDRAWN. SQL in the subset MySQL 8 and MariaDB 10.11+/11 share; times UTC.

-- The notice waits for the owner's choice after a decline: DECLINED (中选人已放弃).
ALTER TABLE notice DROP CONSTRAINT ck_notice_status;
ALTER TABLE notice ADD CONSTRAINT ck_notice_status
  CHECK (status IN ('DRAFT','PUBLISHED','CLOSED','SELECTED','ANNOUNCED','AWARDED','CONTRACTED','IN_SERVICE','DELIVERED',
                    'COMPLETED','CANCELLED','FAILED','SUSPENDED','DECLINED'));

-- The public announcement of a decline (中选人放弃中选公告): the firm, its reason and what happens next.
ALTER TABLE announcement DROP CONSTRAINT ck_announcement_kind;
ALTER TABLE announcement ADD CONSTRAINT ck_announcement_kind
  CHECK (kind IN ('PUBLICATION','CORRECTION','CANCELLATION','RESULT','FAILURE','VOIDED','AWARD','DECLINED'));

-- A result whose winner declined, with when and why; a runner-up result says which round's proof it repeats.
ALTER TABLE selection_result ADD COLUMN declined_at DATETIME(6) NULL;
ALTER TABLE selection_result ADD COLUMN decline_reason VARCHAR(500) NULL;
ALTER TABLE selection_result ADD COLUMN basis VARCHAR(12) NOT NULL DEFAULT 'SELECTION';   -- SELECTION | RUNNER_UP
ALTER TABLE selection_result ADD COLUMN based_on_round INT NULL;                          -- RUNNER_UP: the proof's round
ALTER TABLE selection_result DROP CONSTRAINT ck_selection_status;
ALTER TABLE selection_result ADD CONSTRAINT ck_selection_status CHECK (status IN ('SELECTED','FAILED','VOIDED','DECLINED'));
ALTER TABLE selection_result ADD CONSTRAINT ck_selection_basis CHECK (basis IN ('SELECTION','RUNNER_UP'));
ALTER TABLE selection_result ADD CONSTRAINT ck_selection_runner_up
  CHECK ((basis = 'SELECTION' AND based_on_round IS NULL) OR (basis = 'RUNNER_UP' AND based_on_round IS NOT NULL));

-- An open contract version of a firm that declined the award is withdrawn (final).
ALTER TABLE contract_version ADD COLUMN withdrawn_at DATETIME(6) NULL;
ALTER TABLE contract_version ADD COLUMN withdrawn_by VARCHAR(100) NULL;
ALTER TABLE contract_version DROP CONSTRAINT ck_contract_status;
ALTER TABLE contract_version ADD CONSTRAINT ck_contract_status
  CHECK (status IN ('SUBMITTED','CONFIRMED','RETURNED','WITHDRAWN'));
