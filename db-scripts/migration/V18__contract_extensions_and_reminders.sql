-- Service-period extensions and reminders (issue 6, items 1 and 5). SQL in the subset MySQL 8 and MariaDB 10.11+/11
-- share; times UTC.

-- A request of the winning firm to extend the service period of the confirmed contract, answered by the owner unit.
-- Every request is kept; at most one is REQUESTED at a time (checked by the service under the notice's row lock).
CREATE TABLE contract_extension (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id        BIGINT        NOT NULL,
  contract_id      BIGINT        NOT NULL,   -- the confirmed contract_version
  sequence_no      INT           NOT NULL,   -- 1, 2, … per notice
  requested_end    DATE          NOT NULL,   -- the new service end date asked for
  reason           VARCHAR(1000) NOT NULL,
  status           VARCHAR(10)   NOT NULL,   -- REQUESTED | APPROVED | REFUSED
  requested_at     DATETIME(6)   NOT NULL,
  requested_by     VARCHAR(100)  NOT NULL,
  answered_at      DATETIME(6)   NULL,
  answered_by      VARCHAR(100)  NULL,
  answer_reason    VARCHAR(1000) NULL,       -- the owner's reason for a refusal
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_contract_extension_sequence (notice_id, sequence_no),
  CONSTRAINT fk_contract_extension_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_contract_extension_contract FOREIGN KEY (contract_id) REFERENCES contract_version (id),
  CONSTRAINT ck_contract_extension_status CHECK (status IN ('REQUESTED','APPROVED','REFUSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reminders already sent: one row per kind, subject (e.g. the notice) and due time. The periodic reminder job of every
-- server claims a reminder by inserting its row (INSERT IGNORE): the primary key lets exactly one insert succeed, so a
-- reminder is sent once however many servers scan. A moved due time (an approved extension) is a new reminder.
CREATE TABLE reminder_sent (
  kind             VARCHAR(40)   NOT NULL,   -- CONTRACT_FILING | DELIVERABLE_DUE
  subject_id       BIGINT        NOT NULL,
  due_at           DATETIME(6)   NOT NULL,
  sent_at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (kind, subject_id, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
