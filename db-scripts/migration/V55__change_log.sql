-- Issue 18, slice 2: the durable change log. One row per change of something the search index holds (a notice that
-- matters to the public), written in the same transaction as the change (shared.change.ChangeLog). Each server's index
-- remembers the last id it applied (in its own Lucene commit) and applies the rows after it: nothing is lost when a
-- server dies between the commit and the index update, and several servers on one database follow the same log.
CREATE TABLE change_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  entity      VARCHAR(32)  NOT NULL,
  entity_id   BIGINT       NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_change_log_entity (entity, entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
