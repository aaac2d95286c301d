-- Qualifications added or renewed after registration, each reviewed by the operator (issue 3).
--
-- firm_qualification.review_status (life cycle in org.zjcs.firm.domain.QualificationStatus):
--   PENDING     waiting for the operator. The qualification given with a registration stays PENDING until the
--               registration is approved and is approved with it; it never enters the qualification review queue.
--   APPROVED    counts, on the days from valid_from to valid_to.
--   RETURNED    sent back to the firm with a reason (in firm_qualification_event); the firm corrects it and submits
--               it again (back to PENDING).
--   SUPERSEDED  an approved qualification whose renewal has been approved: kept for the firm's own history, no longer
--               counts, not shown to the public.
-- The default is PENDING, so a row written without a status counts only after someone decides on it.
-- Existing rows: APPROVED where the firm's registration is approved (they were reviewed with it); those of
-- registrations still under review stay PENDING and are approved with their registration.
--
-- replaces_id: a renewal names the qualification it renews (same firm, same type); approving the renewal supersedes
-- that one. submitted_at: the latest (re)submission, the order of the review queue (NULL only for rows written by
-- data scripts, which the demo data fills in). decided_at: when the operator last approved or returned it.
ALTER TABLE firm_qualification
  ADD COLUMN review_status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
  ADD COLUMN replaces_id   BIGINT      NULL,
  ADD COLUMN submitted_at  DATETIME(6) NULL,
  ADD COLUMN decided_at    DATETIME(6) NULL,
  ADD KEY ix_qualification_review (review_status, submitted_at),
  ADD CONSTRAINT fk_qualification_replaces FOREIGN KEY (replaces_id) REFERENCES firm_qualification (id),
  ADD CONSTRAINT ck_qualification_status CHECK (review_status IN ('PENDING','APPROVED','RETURNED','SUPERSEDED'));

UPDATE firm_qualification q JOIN firm f ON f.organisation_id = q.firm_id
   SET q.review_status = CASE WHEN f.registration_status = 'APPROVED' THEN 'APPROVED' ELSE 'PENDING' END,
       q.submitted_at = f.submitted_at,
       q.decided_at = f.approved_at;

-- Every review step of a qualification, kept for good (as firm_review_event is for registrations): SUBMITTED (added,
-- renewal or with the registration), RETURNED (with the reason), RESUBMITTED, APPROVED, and SUPERSEDED (when its
-- renewal was approved); who acted and when. The history starts with this migration: older approvals are in the
-- registration's history (firm_review_event) and in the audit log.
CREATE TABLE firm_qualification_event (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  qualification_id  BIGINT        NOT NULL,
  action            VARCHAR(16)   NOT NULL,
  reason            VARCHAR(1000) NULL,
  actor             VARCHAR(100)  NOT NULL,
  at                DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_qualification_event (qualification_id, id),
  CONSTRAINT fk_qualification_event FOREIGN KEY (qualification_id) REFERENCES firm_qualification (id),
  CONSTRAINT ck_qualification_event CHECK (action IN ('SUBMITTED','RETURNED','RESUBMITTED','APPROVED','SUPERSEDED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
