-- Demo data (demo mode only): qualifications after registration, each reviewed by the operator (V10).
-- V4's qualifications came in without a review status (the column's default, PENDING): those of approved firms were
-- approved with their registration; those of registrations still under review (firm04, firm05) stay PENDING and are
-- approved with the registration.
UPDATE firm_qualification q JOIN firm f ON f.organisation_id = q.firm_id
   SET q.review_status = CASE WHEN f.registration_status = 'APPROVED' THEN 'APPROVED' ELSE 'PENDING' END,
       q.submitted_at = f.submitted_at,
       q.decided_at = f.approved_at
 WHERE q.submitted_at IS NULL;

-- firm01: a renewal of its EIA registration (re-confirmed on the credit platform) waits for the operator's review;
-- the old record keeps counting until the renewal is approved. The scan is firm01's existing certificate scan (9004).
INSERT INTO firm_qualification (firm_id, type_code, level, certificate_no, issuer, valid_from, valid_to, scan_file_id, review_status, replaces_id, submitted_at)
  SELECT 1001, 'EIA_CREDIT_REG', NULL, 'HP61013001', '生态环境部环境影响评价信用平台', '2026-11-16', '2031-11-15', 9004, 'PENDING', id, '2026-11-20 02:00:00'
    FROM firm_qualification WHERE firm_id = 1001 AND certificate_no = 'HP61013001';
INSERT INTO firm_qualification_event (qualification_id, action, reason, actor, at) VALUES (LAST_INSERT_ID(), 'SUBMITTED', NULL, 'firm01', '2026-11-20 02:00:00');

-- firm02: an added qualification returned with a reason (the scan uploaded was its engineering survey certificate,
-- 9009); the firm corrects it on its qualifications page and submits it again.
INSERT INTO firm_qualification (firm_id, type_code, level, certificate_no, issuer, valid_from, valid_to, scan_file_id, review_status, submitted_at, decided_at)
  VALUES (1002, 'GEOHAZARD', '乙级', '陕地灾资（乙）2024031', '陕西省自然资源厅', '2024-04-01', '2029-03-31', 9009, 'RETURNED', '2026-11-16 02:00:00', '2026-11-17 06:30:00');
INSERT INTO firm_qualification_event (qualification_id, action, reason, actor, at) VALUES (LAST_INSERT_ID(), 'SUBMITTED', NULL, 'firm02', '2026-11-16 02:00:00');
INSERT INTO firm_qualification_event (qualification_id, action, reason, actor, at)
  SELECT id, 'RETURNED', '上传的扫描件是工程勘察资质证书，不是地质灾害评估资质证书，请上传正确的证书扫描件。', 'operator01', '2026-11-17 06:30:00'
    FROM firm_qualification WHERE firm_id = 1002 AND certificate_no = '陕地灾资（乙）2024031';
INSERT INTO notification (recipient_user_id, recipient_organisation_id, message_key, message_args, link, created_at) VALUES
  (NULL, 1002, 'notification.qualification.returned', '["陕地灾资（乙）2024031", "上传的扫描件是工程勘察资质证书，不是地质灾害评估资质证书，请上传正确的证书扫描件。"]', '/firm/qualifications.xhtml', '2026-11-17 06:30:00');
