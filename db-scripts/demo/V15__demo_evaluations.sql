-- Demo data for evaluations (好差评) and approval staff's quality ratings (issue 7), with the credit events they
-- recorded as the application would have (rule version 1). Times UTC; due times 3 working days after the acceptance.
--   8012 COMPLETED  owner01 evaluated firm06 (满意, with a private comment) the day before its due time; both departments
--                   rated the quality after passing: approver02 GOOD, approver01 FAIR with a comment. The appeal window
--                   (5 working days) ended on 2026-11-24, and firm06 had nothing to appeal against a 满意: no appeal.
--   8013 DELIVERED  owner01 accepted firm08's deliverable on 2026-11-16: its evaluation was due on 2026-11-19 and is not
--                   given yet (marked overdue; owner01 can still give it on /account/deliverables.xhtml?id=8013).
INSERT INTO evaluation (id, notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at, quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by, revised_level) VALUES
  (501, 8012, '尚勤路道路提升改造工程水土保持方案编制', 7102, 2001, 1006, '2026-11-13 02:00:00', '2026-11-18 02:00:00', 5, 4, 5, 4, 5, 'SATISFIED', '报告书质量较好，现场调查扎实；送审稿中临时堆土场选址论证不足，经退回后补充完整，整体进度略有延后。', '2026-11-17 07:00:00', 'owner01', NULL),
  (502, 8013, '新城区政务服务中心空调系统节能改造项目节能评估报告编制', 7103, 2001, 1008, '2026-11-16 03:00:00', '2026-11-19 03:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO approval_rating (id, notice_id, notice_title, deliverable_id, department_id, firm_id, passed_at, rating, comment, rated_at, rated_by) VALUES
  (501, 8012, '尚勤路道路提升改造工程水土保持方案编制', 7102, 3002, 1006, '2026-11-16 03:30:00', 'GOOD', NULL, '2026-11-16 03:40:00', 'approver02'),
  (502, 8012, '尚勤路道路提升改造工程水土保持方案编制', 7102, 3001, 1006, '2026-11-17 06:30:00', 'FAIR', '防治措施投资估算表格式不规范，已在审批中要求补正。', '2026-11-17 06:45:00', 'approver01');

INSERT INTO credit_event (firm_id, code, points, rule_version_id, source_type, source_id, notice_id, occurred_at, recorded_at, recorded_by, reverses_event_id) VALUES
  (1006, 'APPROVAL_QUALITY_GOOD', 1, 1, 'APPROVAL_RATING', '501', 8012, '2026-11-16 03:40:00', '2026-11-16 03:40:00', 'approver02', NULL),
  (1006, 'APPROVAL_QUALITY_FAIR', 0, 1, 'APPROVAL_RATING', '502', 8012, '2026-11-17 06:45:00', '2026-11-17 06:45:00', 'approver01', NULL),
  (1006, 'EVALUATION_SATISFIED', 1, 1, 'EVALUATION', '501', 8012, '2026-11-17 07:00:00', '2026-11-17 07:00:00', 'owner01', NULL);

-- firm06's cached sum (other demo migrations may have added events of firm06 before: add to them)
INSERT INTO firm_credit (firm_id, points_total, events, updated_at) VALUES (1006, 2, 3, '2026-11-17 07:00:00')
  ON DUPLICATE KEY UPDATE points_total = points_total + 2, events = events + 3, updated_at = GREATEST(updated_at, '2026-11-17 07:00:00');
