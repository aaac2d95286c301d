-- Indexes for the public pages at a province's scale (issue 13): every filter of the public notice list and of the
-- firm directory can seek by keyset (sort columns after the filter column, the primary key last), so that a page,
-- however deep, reads about one page of index entries: no OFFSET scan, no COUNT(*).
-- Standard syntax only: runs on MySQL 8 and MariaDB 10.11 / 11.4.

-- The province of a notice's region (first two digits of GB/T 2260), stored so that it can be indexed:
-- the list filters by province with an equality instead of region_code LIKE 'xx%'. RTRIM: MariaDB refuses
-- LEFT(region_code, 2) on a CHAR column in a generated column (its value would depend on PAD_CHAR_TO_FULL_LENGTH).
ALTER TABLE notice
  ADD COLUMN province_code CHAR(2) GENERATED ALWAYS AS (LEFT(RTRIM(region_code), 2)) STORED;

-- Public list, no filter: newest published first, ties by id (keyset (published_at, id)).
CREATE INDEX ix_notice_published ON notice (published_at, id);
-- Public list filtered by service item, province or selection method, each in the same order.
-- (status already has ix_notice_public (status, published_at), whose entries end with the primary key.)
CREATE INDEX ix_notice_item_published ON notice (service_item_id, published_at, id);
CREATE INDEX ix_notice_province_published ON notice (province_code, published_at, id);
CREATE INDEX ix_notice_method_published ON notice (selection_method, published_at, id);

-- Firm directory: by name (keyset (name, id)). (Its item and region filters use the indexes of the foreign keys
-- firm_service_item (service_item_id) and firm (region_code).)
CREATE INDEX ix_organisation_kind_name ON organisation (kind, name, id);
