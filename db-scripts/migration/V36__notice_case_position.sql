-- Issue 15, point 3: a notice keeps its approval cases in the order the owner gave them (Notice.getCaseIds() is a
-- list mapped with @OrderColumn). Notices linked before this version did not store the order: they are numbered by
-- case id, the order their pages showed until now. Rows inserted without a position (demo data, older scripts) get 0
-- and read in case-id order among themselves.
ALTER TABLE notice_case ADD COLUMN position INT NOT NULL DEFAULT 0;

UPDATE notice_case nc
  JOIN (SELECT notice_id, approval_case_id,
               ROW_NUMBER() OVER (PARTITION BY notice_id ORDER BY approval_case_id) - 1 AS pos
          FROM notice_case) numbered
    ON numbered.notice_id = nc.notice_id AND numbered.approval_case_id = nc.approval_case_id
   SET nc.position = numbered.pos;
