-- Demo data (demo mode only): owner organisations and their member accounts.
--   2001 西安市新城区城市建设投资集团有限公司 (owner01, unit admin): approved; members owner02 (active) and owner03
--        (deactivated after leaving), one invitation still waiting to be accepted.
--   2002 西安市新城区第一中学 (owner04): registration waiting for review, past its 2-working-day deadline.
--   2003 西安市新城区住房和城乡建设局 (owner05): registration returned by the operator with a reason.
-- Certificates are the sample files of V5__Demo_owner_files (ids 9101-9103). Password of every account: Zjcs@2026.

-- The first account of every demo organisation is its unit admin.
UPDATE user_account SET unit_admin = TRUE WHERE id IN (1001, 1002, 1003, 1004, 1005, 2001, 3001, 4001, 5001);

INSERT INTO owner_unit (organisation_id, unit_type, contact_name, contact_phone, address, region_code, certificate_file_id,
                        registration_status, submitted_at, approved_at)
VALUES (2001, 'ENTERPRISE', '王强', '029-87451230', '新城区长乐西路 88 号', '610102', 9101, 'APPROVED',
        '2026-10-09 02:00:00', '2026-10-10 01:20:00');
INSERT INTO owner_review_event (owner_id, action, reason, actor, at) VALUES
  (2001, 'SUBMITTED', NULL, 'owner01', '2026-10-09 02:00:00'),
  (2001, 'APPROVED', NULL, 'operator01', '2026-10-10 01:20:00');

INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at)
  SELECT 2002, 'owner02', password_hash, '孙丽', 2001, 'ACTIVE', '2026-10-12 01:00:00' FROM user_account WHERE id = 2001;
INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at)
  SELECT 2003, 'owner03', password_hash, '周杰', 2001, 'DISABLED', '2026-10-12 01:30:00' FROM user_account WHERE id = 2001;
INSERT INTO user_role (user_id, role) VALUES (2002, 'OWNER'), (2003, 'OWNER');
INSERT INTO account_invitation (organisation_id, display_name, code_hash, status, invited_by, created_at, expires_at,
                                closed_at, account_id) VALUES
  (2001, '孙丽', SHA2('demo invitation accepted by owner02', 256), 'ACCEPTED', 'owner01', '2026-10-12 00:40:00',
   '2026-10-19 00:40:00', '2026-10-12 01:00:00', 2002),
  (2001, '周杰', SHA2('demo invitation accepted by owner03', 256), 'ACCEPTED', 'owner01', '2026-10-12 00:45:00',
   '2026-10-19 00:45:00', '2026-10-12 01:30:00', 2003),
  (2001, '吴芳', SHA2('demo invitation still waiting', 256), 'PENDING', 'owner01', '2026-11-20 02:00:00',
   '2026-11-27 02:00:00', NULL, NULL);

INSERT INTO organisation (id, name, kind, credit_code, status, created_at) VALUES
  (2002, '西安市新城区第一中学', 'OWNER', '12610102MB2958734P', 'PENDING', '2026-11-18 03:10:00'),
  (2003, '西安市新城区住房和城乡建设局', 'OWNER', '116101020161358629', 'PENDING', '2026-11-16 06:40:00');
INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at, unit_admin)
  SELECT 2004, 'owner04', password_hash, '郑红梅', 2002, 'ACTIVE', '2026-11-18 03:10:00', TRUE FROM user_account WHERE id = 2001;
INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at, unit_admin)
  SELECT 2005, 'owner05', password_hash, '马志远', 2003, 'ACTIVE', '2026-11-16 06:40:00', TRUE FROM user_account WHERE id = 2001;
INSERT INTO user_role (user_id, role) VALUES (2004, 'OWNER'), (2005, 'OWNER');

INSERT INTO owner_unit (organisation_id, unit_type, contact_name, contact_phone, address, region_code, certificate_file_id,
                        registration_status, submitted_at, approved_at) VALUES
  (2002, 'PUBLIC_INSTITUTION', '郑红梅', '029-87312456', '新城区东七路 128 号', '610102', 9102, 'SUBMITTED',
   '2026-11-18 03:10:00', NULL),
  (2003, 'GOVERNMENT_AGENCY', '马志远', '029-87260315', '新城区西一路 301 号', '610102', 9103, 'RETURNED',
   '2026-11-16 06:40:00', NULL);
INSERT INTO owner_review_event (owner_id, action, reason, actor, at) VALUES
  (2002, 'SUBMITTED', NULL, 'owner04', '2026-11-18 03:10:00'),
  (2003, 'SUBMITTED', NULL, 'owner05', '2026-11-16 06:40:00'),
  (2003, 'RETURNED', '上传的统一社会信用代码证书已超过有效期，请上传最新换发的证书扫描件，并补充单位办公地址的门牌号。',
   'operator01', '2026-11-17 02:15:00');
