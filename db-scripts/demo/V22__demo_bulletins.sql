-- Demo data, issue 17 part 4: the regulators' 通报. regulator01's organisation (4001) published one for November 2026
-- naming 西安市新城区应急管理局 (3003) for late department checks, and holds a draft for October naming owner01's unit
-- (2001). The figures are those copied at drafting (a 通报 never recomputes them), so they stand even where the demo's
-- due items (filled from the business tables) say otherwise today. Ids 173000-173999.
INSERT INTO bulletin (id, regulator_org_id, period_month, title, body, state, created_at, created_by, updated_at,
                      published_at, published_by, version) VALUES
  (173001, 4001, '2026-11', '关于2026年11月中介服务时限办理情况的通报',
   '根据网上中介服务超市电子监察数据，2026年11月以下单位存在超时办理或月末超期未办事项，现予通报。请相关单位认真整改，严格按照规定时限办理，并于12月15日前将整改情况报送市发展和改革委员会。',
   'PUBLISHED', '2026-12-02 01:30:00', 'regulator01', '2026-12-02 02:00:00', '2026-12-02 02:00:00', 'regulator01', 1),
  (173002, 4001, '2026-10', '关于2026年10月项目业主验收评价时限情况的通报（草稿）',
   '根据网上中介服务超市电子监察数据，2026年10月以下项目业主存在验收或评价超时情况，现予通报。',
   'DRAFT', '2026-12-03 03:00:00', 'regulator01', '2026-12-03 03:00:00', NULL, NULL, 0);

INSERT INTO bulletin_unit (bulletin_id, position, unit_kind, unit_id, unit_name, closed_items, late_items, overdue_at_end,
                           evaluated, satisfied, unit_rank) VALUES
  (173001, 0, 'DEPARTMENT', 3003, '西安市新城区应急管理局', 8, 3, 1, 0, 0, 3),
  (173002, 0, 'OWNER', 2001, '西安市新城区城市建设投资集团有限公司', 6, 2, 0, 0, 0, 2);
