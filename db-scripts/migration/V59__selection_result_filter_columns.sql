-- Issue 18: the public 中选公告 list (portal PublicResults) filtered by service item / province at 1 M rows.
-- Filtering on the joined notice row made the keyset walk of ix_selection_risk_window (selected_at, status) read deep
-- for a rare filter. A result now carries its notice's service item and province, so that one index per filter serves
-- the filter and the keyset order (selected_at, id) together. Both values are fixed once a result exists: a notice's
-- service item and region change only while it is a DRAFT (Notice.revise); a published notice's correction
-- (Notice.correct) never changes them, and a notice is selected only after publication.
-- Nullable for the migration; backfilled from notice below; written by the selection context on every new result.
-- Standard syntax only: runs on MySQL 8 and MariaDB 10.11 / 11.4.
ALTER TABLE selection_result ADD COLUMN service_item_id BIGINT NULL;
ALTER TABLE selection_result ADD COLUMN province_code CHAR(2) NULL;

UPDATE selection_result r JOIN notice n ON n.id = r.notice_id
   SET r.service_item_id = n.service_item_id, r.province_code = n.province_code;

-- Filter + keyset order (the primary key ends every InnoDB secondary index entry; id is named for clarity).
-- The selection-method filter keeps ix_selection_risk_window: four methods, each common, so the walk stays short.
CREATE INDEX ix_selection_public_item ON selection_result (status, service_item_id, selected_at, id);
CREATE INDEX ix_selection_public_province ON selection_result (status, province_code, selected_at, id);
