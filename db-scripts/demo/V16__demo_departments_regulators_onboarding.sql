-- Demo data, issue 16 part 1: the approval departments and the regulator get what the operator's organisations page
-- (operator/organisations.xhtml) gives every new one: a region, the approval items a department handles, the service
-- items a regulator oversees (complaints and reports about them go to it). One more department shows the onboarding
-- path a fresh install takes: the operator created it, invited its first account (approver03, its unit admin), who
-- invited a member (approver04). Passwords Zjcs@2026 (the hash of approver01).

UPDATE organisation SET region_code = '610102',
       approval_items = '建设项目环境影响评价文件审批\n生产建设项目水土保持方案审批\n固定资产投资项目节能审查'
 WHERE id = 3001;
UPDATE organisation SET region_code = '610102',
       approval_items = '建设用地规划许可\n建设工程规划许可\n建设工程规划条件核实'
 WHERE id = 3002;
UPDATE organisation SET region_code = '610100' WHERE id = 4001;

-- 西安市发展和改革委员会 oversees the investment-consulting items: 节能评估, 社会稳定风险评估, 可行性研究报告,
-- 项目申请报告, 工程概算. Items without an assigned regulator go to every active regulator (catalog.application.Oversight).
INSERT INTO service_item_oversight (service_item_id, regulator_id)
  SELECT id, 4001 FROM service_item WHERE code IN ('ZJ004', 'ZJ018', 'ZJ019', 'ZJ020', 'ZJ030');

INSERT INTO organisation (id, name, kind, credit_code, status, created_at, region_code, approval_items) VALUES
  (3003, '西安市新城区应急管理局', 'DEPARTMENT', '11610102MB2963871Y', 'ACTIVE', '2026-11-20 01:00:00', '610102',
   '危险化学品建设项目安全条件审查\n危险化学品建设项目安全设施设计审查');

INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at, unit_admin)
  SELECT 3003, 'approver03', password_hash, '韩雪', 3003, 'ACTIVE', '2026-11-20 02:10:00', TRUE FROM user_account WHERE id = 3001;
INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at, unit_admin)
  SELECT 3004, 'approver04', password_hash, '郭涛', 3003, 'ACTIVE', '2026-11-20 03:05:00', FALSE FROM user_account WHERE id = 3001;
INSERT INTO user_role (user_id, role) VALUES (3003, 'APPROVER'), (3004, 'APPROVER');

-- The two invitations that opened them (codes are never stored, only their SHA-256; these demo codes are spent).
INSERT INTO account_invitation (organisation_id, display_name, code_hash, status, invited_by, created_at, expires_at,
                                closed_at, account_id, unit_admin) VALUES
  (3003, '韩雪', SHA2('zjcs-demo-invitation-approver03', 256), 'ACCEPTED', 'operator01', '2026-11-20 01:05:00',
   '2026-11-27 01:05:00', '2026-11-20 02:10:00', 3003, TRUE),
  (3003, '郭涛', SHA2('zjcs-demo-invitation-approver04', 256), 'ACCEPTED', 'approver03', '2026-11-20 02:30:00',
   '2026-11-27 02:30:00', '2026-11-20 03:05:00', 3004, FALSE);

-- A case of the new department, so that its staff see one on approval/cases.xhtml.
INSERT INTO approval_case (id, case_number, project_name, project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) VALUES
  (6020, 'XCYJ-2026-0031', '新城区韩森寨加油站改扩建项目', '2026-610102-52-02-081934', 3003, '危险化学品建设项目安全条件审查',
   '91610102MA6U2K30XK', 'OWNER', '2026-11-21 02:00:00', 'owner01');
