-- Demo data for contract filing and deliverables (issue 6): notices of the demo owner (owner01) further down the chain,
-- with their whole history as the application would have written it. V12__Demo_finished_chain adds what needs the
-- application's code: the committed seeds, the sealed (and opened) enrolments, the selection results with their proofs,
-- the RESULT and AWARD announcements, and the contract and deliverable files (listed here with a demo-pending/ storage
-- key, written as small PDFs there). Times UTC, on working days of October and November 2026:
--   8012 COMPLETED   random draw; contract filed by owner01, confirmed by firm06; deliverable version 1 returned by the
--                    owner, version 2 accepted and passed by both linked departments (approver02, then approver01)
--   8013 DELIVERED   lowest price; contract filed by firm08, returned by owner01, corrected and confirmed; deliverable
--                    accepted by owner01, approver01's check waiting
--   8014 CONTRACTED  direct pick of firm01 by owner01; contract confirmed; the first deliverable is due 2026-12-15
--   8015 AWARDED     reasonable price, won by firm07; owner01's contract waits for firm07's confirmation, past the filing
--                    deadline (confirmed now, it is flagged late)

INSERT INTO approval_case (id, case_number, project_name, project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) VALUES
  (6011, 'XCSP-2026-000968', '尚勤路道路提升改造工程', '2026-610102-48-01-052208', 3001, '生产建设项目水土保持方案审批', '91610102MA6U2K30XK', 'OWNER', '2026-10-09 02:30:00', 'owner01'),
  (6012, 'XAZG-2026-0388', '尚勤路道路提升改造工程', '2026-610102-48-01-052208', 3002, '建设工程规划许可', '91610102MA6U2K30XK', 'API', '2026-10-09 07:10:00', 'api:3002'),
  (6013, 'XCSP-2026-001021', '新城区政务服务中心空调系统节能改造项目', '2026-610102-44-02-054719', 3001, '固定资产投资项目节能审查', '91610102MA6U2K30XK', 'API', '2026-10-14 01:50:00', 'api:3001'),
  (6014, 'XCSP-2026-001163', '西北一路人行道及绿化提升工程', '2026-610102-48-01-060935', 3001, '生产建设项目水土保持方案审批', '91610102MA6U2K30XK', 'API', '2026-10-28 02:40:00', 'api:3001'),
  (6015, 'XCSP-2026-001198', '金花北路排水管网改造工程', '2026-610102-48-01-062247', 3001, '生产建设项目水土保持方案审批', '91610102MA6U2K30XK', 'OWNER', '2026-10-29 06:15:00', 'owner01');

-- 8012: COMPLETED
INSERT INTO notice (id, owner_id, created_by_user, service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method, fixed_price, price_floor, price_ceiling, min_bidders, coefficients, direct_pick_reason, requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, complaint_phone, status, created_at, updated_at, published_at, publicity_ends_at) VALUES
  (8012, 2001, 2001, 3, '尚勤路道路提升改造工程水土保持方案编制', '编制水土保持方案报告书，开展现场调查和水土流失预测，设计临时堆土及施工便道防护措施，配合水行政主管部门审批。', '道路全长约 1.6 公里，红线宽度 40 米，扰动面积约 6.4 公顷。', '610102', 'FISCAL', 'RANDOM_DRAW', 68000.00, NULL, NULL, 3, NULL, NULL, 'ALL_OF', 15, '2026-10-20 17:00:00', '2026-10-20 09:00:00', '王强', '029-87451234', '029-87451000', 'COMPLETED', '2026-10-12 02:00:00', '2026-11-17 06:30:00', '2026-10-13 02:00:00', '2026-10-23 09:00:03');
INSERT INTO notice_case (notice_id, approval_case_id) VALUES (8012, 6011), (8012, 6012);
SET @c = '{"notice":8012,"announcement":"PUBLICATION","at":"2026-10-13T02:00:00Z","owner":"西安市新城区城市建设投资集团有限公司","title":"尚勤路道路提升改造工程水土保持方案编制","serviceItem":"ZJ003","serviceContent":"编制水土保持方案报告书，开展现场调查和水土流失预测，设计临时堆土及施工便道防护措施，配合水行政主管部门审批。","projectScale":"道路全长约 1.6 公里，红线宽度 40 米，扰动面积约 6.4 公顷。","region":"610102","fundSource":"FISCAL","method":"RANDOM_DRAW","fixedPrice":"68000.00","priceFloor":"","priceCeiling":"","minBidders":3,"weights":"","coefficients":"","directPickReason":"","requirementMode":"ALL_OF","requirements":[],"serviceDays":15,"enrolmentDeadline":"2026-10-20T09:00:00Z","contactName":"王强","contactPhone":"029-87451234","complaintPhone":"029-87451000","approvalCases":[{"caseNumber":"XCSP-2026-000968","projectCode":"2026-610102-48-01-052208"},{"caseNumber":"XAZG-2026-0388","projectCode":"2026-610102-48-01-052208"}],"avoidances":[],"attachments":[]}';
INSERT INTO announcement (notice_id, kind, published_at, published_by, reason, changes, content, content_hash) VALUES (8012, 'PUBLICATION', '2026-10-13 02:00:00', 'owner01', NULL, NULL, @c, SHA2(@c, 256));

-- 8013: DELIVERED
INSERT INTO notice (id, owner_id, created_by_user, service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method, fixed_price, price_floor, price_ceiling, min_bidders, coefficients, direct_pick_reason, requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, complaint_phone, status, created_at, updated_at, published_at, publicity_ends_at) VALUES
  (8013, 2001, 2001, 4, '新城区政务服务中心空调系统节能改造项目节能评估报告编制', '编制节能评估报告，核算改造前后能耗指标，论证节能措施的技术经济可行性，配合节能审查。', '空调服务建筑面积约 3.2 万平方米，更换冷水机组 3 台。', '610102', 'FISCAL', 'LOWEST_PRICE', NULL, 40000.00, 60000.00, 3, NULL, NULL, 'ALL_OF', 10, '2026-10-26 17:00:00', '2026-10-26 09:00:00', '王强', '029-87451234', '029-87451000', 'DELIVERED', '2026-10-16 03:00:00', '2026-11-16 03:00:00', '2026-10-19 02:00:00', '2026-10-29 09:00:02');
INSERT INTO notice_case (notice_id, approval_case_id) VALUES (8013, 6013);
SET @c = '{"notice":8013,"announcement":"PUBLICATION","at":"2026-10-19T02:00:00Z","owner":"西安市新城区城市建设投资集团有限公司","title":"新城区政务服务中心空调系统节能改造项目节能评估报告编制","serviceItem":"ZJ004","serviceContent":"编制节能评估报告，核算改造前后能耗指标，论证节能措施的技术经济可行性，配合节能审查。","projectScale":"空调服务建筑面积约 3.2 万平方米，更换冷水机组 3 台。","region":"610102","fundSource":"FISCAL","method":"LOWEST_PRICE","fixedPrice":"","priceFloor":"40000.00","priceCeiling":"60000.00","minBidders":3,"weights":"","coefficients":"","directPickReason":"","requirementMode":"ALL_OF","requirements":[],"serviceDays":10,"enrolmentDeadline":"2026-10-26T09:00:00Z","contactName":"王强","contactPhone":"029-87451234","complaintPhone":"029-87451000","approvalCases":[{"caseNumber":"XCSP-2026-001021","projectCode":"2026-610102-44-02-054719"}],"avoidances":[],"attachments":[]}';
INSERT INTO announcement (notice_id, kind, published_at, published_by, reason, changes, content, content_hash) VALUES (8013, 'PUBLICATION', '2026-10-19 02:00:00', 'owner01', NULL, NULL, @c, SHA2(@c, 256));

-- 8014: CONTRACTED
INSERT INTO notice (id, owner_id, created_by_user, service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method, fixed_price, price_floor, price_ceiling, min_bidders, coefficients, direct_pick_reason, requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, complaint_phone, status, created_at, updated_at, published_at, publicity_ends_at) VALUES
  (8014, 2001, 2001, 3, '西北一路人行道及绿化提升工程水土保持方案编制', '编制水土保持方案报告表，提出施工期临时防护与绿化恢复措施，配合水行政主管部门审批。', '人行道改造约 1.2 公里，绿化提升面积约 0.9 公顷。', '610102', 'FISCAL', 'DIRECT_PICK', 36000.00, NULL, NULL, 1, NULL, '工程规模小、工期紧，须与已批复的绿化提升设计方案衔接，预算低于直接选取限额。', 'ALL_OF', 20, '2026-11-06 17:00:00', '2026-11-06 09:00:00', '王强', '029-87451234', '029-87451000', 'CONTRACTED', '2026-10-30 06:00:00', '2026-11-17 03:00:00', '2026-11-02 02:00:00', '2026-11-12 02:30:00');
INSERT INTO notice_case (notice_id, approval_case_id) VALUES (8014, 6014);
SET @c = '{"notice":8014,"announcement":"PUBLICATION","at":"2026-11-02T02:00:00Z","owner":"西安市新城区城市建设投资集团有限公司","title":"西北一路人行道及绿化提升工程水土保持方案编制","serviceItem":"ZJ003","serviceContent":"编制水土保持方案报告表，提出施工期临时防护与绿化恢复措施，配合水行政主管部门审批。","projectScale":"人行道改造约 1.2 公里，绿化提升面积约 0.9 公顷。","region":"610102","fundSource":"FISCAL","method":"DIRECT_PICK","fixedPrice":"36000.00","priceFloor":"","priceCeiling":"","minBidders":1,"weights":"","coefficients":"","directPickReason":"工程规模小、工期紧，须与已批复的绿化提升设计方案衔接，预算低于直接选取限额。","requirementMode":"ALL_OF","requirements":[],"serviceDays":20,"enrolmentDeadline":"2026-11-06T09:00:00Z","contactName":"王强","contactPhone":"029-87451234","complaintPhone":"029-87451000","approvalCases":[{"caseNumber":"XCSP-2026-001163","projectCode":"2026-610102-48-01-060935"}],"avoidances":[],"attachments":[]}';
INSERT INTO announcement (notice_id, kind, published_at, published_by, reason, changes, content, content_hash) VALUES (8014, 'PUBLICATION', '2026-11-02 02:00:00', 'owner01', NULL, NULL, @c, SHA2(@c, 256));

-- 8015: AWARDED
INSERT INTO notice (id, owner_id, created_by_user, service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method, fixed_price, price_floor, price_ceiling, min_bidders, coefficients, direct_pick_reason, requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, complaint_phone, status, created_at, updated_at, published_at, publicity_ends_at) VALUES
  (8015, 2001, 2001, 3, '金花北路排水管网改造工程水土保持方案编制', '编制水土保持方案报告书，开展水土流失现状调查与预测，提出分区防治措施和水土保持监测方案。', '新建雨水管网约 3.1 公里、污水管网约 2.7 公里，扰动面积约 3.8 公顷。', '610102', 'FISCAL', 'REASONABLE_PRICE', NULL, 50000.00, 65000.00, 3, '95,96,97,98', NULL, 'ALL_OF', 15, '2026-11-09 17:00:00', '2026-11-09 09:00:00', '王强', '029-87451234', '029-87451000', 'AWARDED', '2026-10-30 08:00:00', '2026-11-12 09:00:04', '2026-11-02 03:00:00', '2026-11-12 09:00:02');
INSERT INTO notice_case (notice_id, approval_case_id) VALUES (8015, 6015);
SET @c = '{"notice":8015,"announcement":"PUBLICATION","at":"2026-11-02T03:00:00Z","owner":"西安市新城区城市建设投资集团有限公司","title":"金花北路排水管网改造工程水土保持方案编制","serviceItem":"ZJ003","serviceContent":"编制水土保持方案报告书，开展水土流失现状调查与预测，提出分区防治措施和水土保持监测方案。","projectScale":"新建雨水管网约 3.1 公里、污水管网约 2.7 公里，扰动面积约 3.8 公顷。","region":"610102","fundSource":"FISCAL","method":"REASONABLE_PRICE","fixedPrice":"","priceFloor":"50000.00","priceCeiling":"65000.00","minBidders":3,"weights":"","coefficients":"95,96,97,98","directPickReason":"","requirementMode":"ALL_OF","requirements":[],"serviceDays":15,"enrolmentDeadline":"2026-11-09T09:00:00Z","contactName":"王强","contactPhone":"029-87451234","complaintPhone":"029-87451000","approvalCases":[{"caseNumber":"XCSP-2026-001198","projectCode":"2026-610102-48-01-062247"}],"avoidances":[],"attachments":[]}';
INSERT INTO announcement (notice_id, kind, published_at, published_by, reason, changes, content, content_hash) VALUES (8015, 'PUBLICATION', '2026-11-02 03:00:00', 'owner01', NULL, NULL, @c, SHA2(@c, 256));

-- The contract and deliverable files (V12 writes them and completes storage key, SHA-256 and size).
INSERT INTO stored_file (id, storage_key, sha256, size_bytes, content_type, display_name, purpose, uploaded_by, uploaded_at, owner_organisation_id) VALUES
  (9201, 'demo-pending/9201', REPEAT('0', 64), 1, 'application/pdf', '尚勤路水土保持方案编制技术服务合同.pdf', 'CONTRACT', 'owner01', '2026-10-26 03:20:00', 2001),
  (9202, 'demo-pending/9202', REPEAT('0', 64), 1, 'application/pdf', '尚勤路水土保持方案报告书（送审稿）.pdf', 'DELIVERABLE', 'firm06', '2026-11-06 07:30:00', 1006),
  (9203, 'demo-pending/9203', REPEAT('0', 64), 1, 'application/pdf', '尚勤路水土保持方案报告书（报批稿）.pdf', 'DELIVERABLE', 'firm06', '2026-11-12 08:10:00', 1006),
  (9204, 'demo-pending/9204', REPEAT('0', 64), 1, 'application/pdf', '水土保持措施总体布置图.pdf', 'DELIVERABLE', 'firm06', '2026-11-12 08:10:00', 1006),
  (9205, 'demo-pending/9205', REPEAT('0', 64), 1, 'application/pdf', '政务服务中心节能评估技术服务合同.pdf', 'CONTRACT', 'firm08', '2026-10-30 06:00:00', 1008),
  (9206, 'demo-pending/9206', REPEAT('0', 64), 1, 'application/pdf', '政务服务中心节能评估技术服务合同（更正）.pdf', 'CONTRACT', 'firm08', '2026-11-02 07:20:00', 1008),
  (9207, 'demo-pending/9207', REPEAT('0', 64), 1, 'application/pdf', '政务服务中心空调系统节能改造项目节能评估报告.pdf', 'DELIVERABLE', 'firm08', '2026-11-13 07:00:00', 1008),
  (9208, 'demo-pending/9208', REPEAT('0', 64), 1, 'application/pdf', '西北一路水土保持方案编制技术服务合同.pdf', 'CONTRACT', 'owner01', '2026-11-16 02:00:00', 2001),
  (9209, 'demo-pending/9209', REPEAT('0', 64), 1, 'application/pdf', '金花北路水土保持方案编制技术服务合同.pdf', 'CONTRACT', 'owner01', '2026-11-18 06:00:00', 2001);

-- Contracts; due_at: 5 working days after the AWARD announcement (V12 publishes it at the times named there).
INSERT INTO contract_version (id, notice_id, revision, uploader_party, uploader_org_id, winner_firm_id, file_id, amount, service_content, service_start, service_end, status, submitted_at, submitted_by, due_at, answered_at, answered_by, return_reason, late) VALUES
  (7001, 8012, 1, 'OWNER', 2001, 1006, 9201, 68000.00, '编制尚勤路道路提升改造工程水土保持方案报告书，配合完成技术评审及行政审批。', '2026-10-27', '2026-11-17', 'CONFIRMED', '2026-10-26 03:20:00', 'owner01', '2026-10-30 09:00:05', '2026-10-27 02:45:00', 'firm06', NULL, FALSE),
  (7002, 8013, 1, 'FIRM', 1008, 1008, 9205, 47900.00, '编制新城区政务服务中心空调系统节能改造项目节能评估报告，配合完成节能审查。', '2026-11-02', '2026-11-16', 'RETURNED', '2026-10-30 06:00:00', 'firm08', '2026-11-05 09:00:04', '2026-11-02 02:10:00', 'owner01', '合同第五条付款节点与采购公告不一致，服务期限应为 10 个工作日，请更正后重新上传。', FALSE),
  (7003, 8013, 2, 'FIRM', 1008, 1008, 9206, 47900.00, '编制新城区政务服务中心空调系统节能改造项目节能评估报告，配合完成节能审查。', '2026-11-03', '2026-11-17', 'CONFIRMED', '2026-11-02 07:20:00', 'firm08', '2026-11-05 09:00:04', '2026-11-03 02:30:00', 'owner01', NULL, FALSE),
  (7004, 8014, 1, 'OWNER', 2001, 1001, 9208, 36000.00, '编制西北一路人行道及绿化提升工程水土保持方案报告表，配合完成行政审批。', '2026-11-17', '2026-12-15', 'CONFIRMED', '2026-11-16 02:00:00', 'owner01', '2026-11-19 02:30:02', '2026-11-17 03:00:00', 'firm01', NULL, FALSE),
  (7005, 8015, 1, 'OWNER', 2001, 1007, 9209, 56500.00, '编制金花北路排水管网改造工程水土保持方案报告书及监测方案，配合完成行政审批。', '2026-11-23', '2026-12-14', 'SUBMITTED', '2026-11-18 06:00:00', 'owner01', '2026-11-19 09:00:04', NULL, NULL, NULL, FALSE);

-- Deliverables; due_at: the notice's service days in working days after the contract's confirmation.
INSERT INTO deliverable (id, notice_id, revision, winner_firm_id, note, status, submitted_at, submitted_by, due_at, late, answered_at, answered_by, return_reason) VALUES
  (7101, 8012, 1, 1006, '提交水土保持方案报告书（送审稿），含水土流失预测和分区防治措施。', 'RETURNED_BY_OWNER', '2026-11-06 07:30:00', 'firm06', '2026-11-17 02:45:00', FALSE, '2026-11-09 02:30:00', 'owner01', '临时堆土场选址未论证，防治措施投资估算与主体工程概算口径不一致，请补充后重新提交。'),
  (7102, 8012, 2, 1006, '按业主意见补充临时堆土场选址论证，统一投资估算口径，提交报告书（报批稿）及措施总体布置图。', 'PASSED', '2026-11-12 08:10:00', 'firm06', '2026-11-17 02:45:00', FALSE, '2026-11-13 02:00:00', 'owner01', NULL),
  (7103, 8013, 1, 1008, '提交节能评估报告（报批稿），含能耗计算书和节能措施效果分析。', 'ACCEPTED', '2026-11-13 07:00:00', 'firm08', '2026-11-17 02:30:00', FALSE, '2026-11-16 03:00:00', 'owner01', NULL);
INSERT INTO deliverable_file (deliverable_id, position, file_id, sha256, display_name) VALUES
  (7101, 0, 9202, REPEAT('0', 64), '尚勤路水土保持方案报告书（送审稿）.pdf'),
  (7102, 0, 9203, REPEAT('0', 64), '尚勤路水土保持方案报告书（报批稿）.pdf'),
  (7102, 1, 9204, REPEAT('0', 64), '水土保持措施总体布置图.pdf'),
  (7103, 0, 9207, REPEAT('0', 64), '政务服务中心空调系统节能改造项目节能评估报告.pdf');
INSERT INTO deliverable_check (deliverable_id, department_id, result, reason, checked_at, checked_by) VALUES
  (7102, 3002, 'PASSED', NULL, '2026-11-16 03:30:00', 'approver02'),
  (7102, 3001, 'PASSED', NULL, '2026-11-17 06:30:00', 'approver01');
