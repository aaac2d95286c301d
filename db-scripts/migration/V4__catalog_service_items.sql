-- The service-item catalogue (中介服务事项清单) and the qualification types it requires, with the items that
-- Chinese project approvals use. Reference data: every installation needs it. Regulators maintain it afterwards
-- on /regulator/catalog.xhtml (every change audited); items are retired, never deleted.

CREATE TABLE qualification_type (
  code     VARCHAR(32)  NOT NULL,
  name_zh  VARCHAR(100) NOT NULL,
  name_en  VARCHAR(150) NOT NULL,
  levels   VARCHAR(200) NULL,        -- the levels, highest first, separated by commas; NULL when the type has no levels
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_item (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  code              VARCHAR(16)  NOT NULL,
  name_zh           VARCHAR(100) NOT NULL,
  name_en           VARCHAR(150) NOT NULL,
  legal_basis       TEXT         NOT NULL,
  approval_items    TEXT         NOT NULL,   -- the approval items it serves, one per line
  requirement_mode  VARCHAR(8)   NOT NULL,   -- ALL_OF | ANY_OF: whether a firm needs every required qualification or one
  status            VARCHAR(16)  NOT NULL,   -- IN_FORCE | RETIRED
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  updated_by        VARCHAR(100) NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_service_item_code (code),
  CONSTRAINT ck_service_item_mode CHECK (requirement_mode IN ('ALL_OF','ANY_OF')),
  CONSTRAINT ck_service_item_status CHECK (status IN ('IN_FORCE','RETIRED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_item_requirement (
  service_item_id          BIGINT      NOT NULL,
  qualification_type_code  VARCHAR(32) NOT NULL,
  min_level                VARCHAR(32) NULL,     -- the lowest level that counts, or NULL for any level
  PRIMARY KEY (service_item_id, qualification_type_code),
  CONSTRAINT fk_requirement_item FOREIGN KEY (service_item_id) REFERENCES service_item (id),
  CONSTRAINT fk_requirement_type FOREIGN KEY (qualification_type_code) REFERENCES qualification_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO qualification_type (code, name_zh, name_en, levels) VALUES
  ('EIA_CREDIT_REG',      '环境影响评价信用平台备案（编制单位）', 'Registration as EIA report preparer (EIA credit platform)', NULL),
  ('SAFETY_ASSESSMENT',   '安全评价机构资质',                   'Safety assessment institution qualification', NULL),
  ('GEOHAZARD',           '地质灾害评估和治理工程勘查设计资质',   'Geological hazard assessment and control survey/design qualification', '甲级,乙级'),
  ('ENG_SURVEY',          '工程勘察资质',                       'Engineering survey qualification', '综合资质,甲级,乙级'),
  ('DRAWING_REVIEW',      '施工图审查机构认定',                 'Recognition as construction drawing review institution', '一类,二类'),
  ('SURVEYING_MAPPING',   '测绘资质',                           'Surveying and mapping qualification', '甲级,乙级'),
  ('ASSET_APPRAISAL',     '资产评估机构备案',                   'Registration as asset appraisal institution', NULL),
  ('OCC_HEALTH',          '职业卫生技术服务机构资质',           'Occupational health technical service qualification', '甲级,乙级'),
  ('LIGHTNING',           '雷电防护装置检测资质',               'Lightning protection device testing qualification', '甲级,乙级'),
  ('REAL_ESTATE_APPR',    '房地产估价机构备案',                 'Registration as real-estate appraisal institution', '一级,二级,三级'),
  ('LAND_APPRAISAL',      '土地估价机构备案',                   'Registration as land appraisal institution', NULL),
  ('ENG_CONSULTING',      '工程咨询单位资信评价',               'Engineering consulting credit rating', '甲级,乙级'),
  ('HERITAGE_ENG',        '文物保护工程资质',                   'Cultural heritage protection works qualification', '一级,二级,三级'),
  ('CMA',                 '检验检测机构资质认定（CMA）',         'Inspection and testing body accreditation (CMA)', NULL),
  ('CONSTRUCTION_TESTING','建设工程质量检测机构资质',           'Construction quality testing institution qualification', '综合资质,专项资质'),
  ('RADIATION_HEALTH',    '放射卫生技术服务机构资质',           'Radiation health technical service qualification', '甲级,乙级'),
  ('SPECIAL_EQUIPMENT',   '特种设备检验检测机构核准',           'Approval as special-equipment inspection body', NULL),
  ('ENG_DESIGN',          '工程设计资质',                       'Engineering design qualification', '综合资质,甲级,乙级');

INSERT INTO service_item (id, code, name_zh, name_en, legal_basis, approval_items, requirement_mode, status, created_at, updated_at, updated_by) VALUES
  (1,  'ZJ001', '环境影响评价文件编制', 'Environmental impact assessment report preparation', '《中华人民共和国环境影响评价法》第十九条', '建设项目环境影响评价文件审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (2,  'ZJ002', '安全评价（安全预评价、安全验收评价）', 'Safety assessment (pre-assessment and acceptance assessment)', '《中华人民共和国安全生产法》第三十二条\n《安全评价检测检验机构管理办法》', '危险化学品建设项目安全条件审查\n危险化学品建设项目安全设施设计审查', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (3,  'ZJ003', '水土保持方案编制', 'Soil and water conservation plan preparation', '《中华人民共和国水土保持法》第二十五条', '生产建设项目水土保持方案审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (4,  'ZJ004', '节能评估报告编制', 'Energy conservation assessment report preparation', '《中华人民共和国节约能源法》第十五条\n《固定资产投资项目节能审查办法》', '固定资产投资项目节能审查', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (5,  'ZJ005', '地质灾害危险性评估', 'Geological hazard risk assessment', '《地质灾害防治条例》第二十一条', '建设项目用地预审与选址意见书核发\n建设用地审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (6,  'ZJ006', '工程勘察（岩土工程勘察）', 'Engineering survey (geotechnical investigation)', '《建设工程勘察设计管理条例》第七条', '施工图设计文件审查\n建筑工程施工许可', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (7,  'ZJ007', '施工图设计文件审查', 'Construction drawing design review', '《建设工程勘察设计管理条例》第三十三条\n《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》', '建筑工程施工许可', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (8,  'ZJ008', '测绘（地形图测绘、规划放线、竣工测量）', 'Surveying and mapping (topographic survey, setting-out, as-built survey)', '《中华人民共和国测绘法》第二十七条', '建设工程规划许可\n建设工程规划条件核实', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (9,  'ZJ009', '资产评估', 'Asset appraisal', '《中华人民共和国资产评估法》', '企业国有资产转让审批\n国有产权无偿划转审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (10, 'ZJ010', '职业病危害预评价', 'Occupational disease hazard pre-assessment', '《中华人民共和国职业病防治法》第十七条', '建设项目职业病防护设施“三同时”监督', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (11, 'ZJ011', '防雷装置设计技术评价', 'Technical evaluation of lightning protection design', '《气象灾害防御条例》\n《防雷减灾管理办法》', '防雷装置设计审核', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (12, 'ZJ012', '防雷装置检测', 'Lightning protection device testing', '《气象灾害防御条例》\n《防雷减灾管理办法》', '防雷装置竣工验收', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (13, 'ZJ013', '房地产估价', 'Real-estate appraisal', '《中华人民共和国城市房地产管理法》第三十四条\n《国有土地上房屋征收与补偿条例》', '国有土地上房屋征收决定', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (14, 'ZJ014', '土地估价', 'Land appraisal', '《中华人民共和国城市房地产管理法》\n《中华人民共和国资产评估法》', '国有建设用地使用权出让\n国有建设用地使用权划拨', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (15, 'ZJ015', '使用林地可行性报告编制', 'Feasibility report on the use of forest land', '《中华人民共和国森林法》第三十七条\n《建设项目使用林地审核审批管理办法》', '建设项目使用林地审核审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (16, 'ZJ016', '建设项目水资源论证报告编制', 'Water resources assessment report preparation', '《取水许可和水资源费征收管理条例》第十一条', '取水许可', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (17, 'ZJ017', '洪水影响评价报告编制', 'Flood impact assessment report preparation', '《中华人民共和国防洪法》第二十七条', '河道管理范围内建设项目工程建设方案审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (18, 'ZJ018', '社会稳定风险评估', 'Social stability risk assessment', '《重大行政决策程序暂行条例》', '政府投资项目可行性研究报告审批\n企业投资项目核准', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (19, 'ZJ019', '可行性研究报告编制', 'Feasibility study report preparation', '《政府投资条例》第九条', '政府投资项目可行性研究报告审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (20, 'ZJ020', '项目申请报告编制', 'Project application report preparation', '《企业投资项目核准和备案管理条例》第六条', '企业投资项目核准', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (21, 'ZJ021', '文物影响评估', 'Cultural heritage impact assessment', '《中华人民共和国文物保护法》', '文物保护单位建设控制地带内建设工程设计方案审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (22, 'ZJ022', '压覆矿产资源评估', 'Assessment of mineral resources overlain by construction', '《中华人民共和国矿产资源法》', '建设项目压覆重要矿产资源审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (23, 'ZJ023', '地震安全性评价', 'Seismic safety evaluation', '《中华人民共和国防震减灾法》第三十五条', '建设工程抗震设防要求确定', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (24, 'ZJ024', '交通影响评价', 'Traffic impact assessment', '《中华人民共和国城乡规划法》', '建设工程规划许可', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (25, 'ZJ025', '建设工程消防设计技术审查', 'Technical review of fire protection design', '《中华人民共和国消防法》第十一条\n《建设工程消防设计审查验收管理暂行规定》', '特殊建设工程消防设计审查', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (26, 'ZJ026', '建设工程质量检测', 'Construction quality testing', '《建设工程质量管理条例》\n《建设工程质量检测管理办法》', '房屋建筑和市政基础设施工程竣工验收备案', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (27, 'ZJ027', '放射诊疗建设项目职业病危害放射防护评价', 'Radiological protection assessment for radiotherapy and diagnosis projects', '《中华人民共和国职业病防治法》\n《放射诊疗管理规定》', '放射诊疗许可', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (28, 'ZJ028', '特种设备监督检验', 'Supervisory inspection of special equipment', '《中华人民共和国特种设备安全法》第五十条', '特种设备使用登记', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (29, 'ZJ029', '建设工程设计方案编制', 'Building design scheme preparation', '《中华人民共和国城乡规划法》第四十条\n《建设工程勘察设计管理条例》第七条', '建设工程规划许可', 'ANY_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration'),
  (30, 'ZJ030', '工程概算编制与审核', 'Preparation and review of project cost estimates', '《政府投资条例》', '政府投资项目初步设计及概算审批', 'ALL_OF', 'IN_FORCE', '2026-11-22 00:00:00', '2026-11-22 00:00:00', 'migration');

INSERT INTO service_item_requirement (service_item_id, qualification_type_code, min_level) VALUES
  (1,  'EIA_CREDIT_REG', NULL),
  (2,  'SAFETY_ASSESSMENT', NULL),
  (5,  'GEOHAZARD', '乙级'),
  (6,  'ENG_SURVEY', '乙级'),
  (7,  'DRAWING_REVIEW', '二类'),
  (8,  'SURVEYING_MAPPING', '乙级'),
  (9,  'ASSET_APPRAISAL', NULL),
  (10, 'OCC_HEALTH', '乙级'),
  (11, 'LIGHTNING', '乙级'),
  (12, 'LIGHTNING', '乙级'),
  (13, 'REAL_ESTATE_APPR', '三级'),
  (14, 'LAND_APPRAISAL', NULL),
  (19, 'ENG_CONSULTING', '乙级'),
  (21, 'HERITAGE_ENG', '三级'),
  (26, 'CMA', NULL),
  (26, 'CONSTRUCTION_TESTING', '专项资质'),
  (27, 'RADIATION_HEALTH', '乙级'),
  (28, 'SPECIAL_EQUIPMENT', NULL),
  (29, 'ENG_DESIGN', '乙级'),
  (29, 'ENG_CONSULTING', '乙级');
