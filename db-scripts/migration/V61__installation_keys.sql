-- Issue 19 (several nodes): the fingerprints of the installation's keys, recorded by the first node that starts, so that
-- a node started with another sealing key (or draw witness key) sees it and reports /health/ready DOWN instead of
-- joining (docs/scaling.md, "A node that does not fit"). A fingerprint is HMAC-SHA256(key, fixed label): it tells
-- whether two keys are the same and nothing about the key itself. Never the key.
CREATE TABLE installation_key (
  name         VARCHAR(40)  NOT NULL,   -- sealing | draw-witness
  fingerprint  CHAR(64)     NOT NULL,   -- hex HMAC-SHA256 of KeyFingerprint.LABEL with the key
  recorded_at  DATETIME(6)  NOT NULL,
  recorded_by  VARCHAR(200) NOT NULL,   -- the node that recorded it: host/server name
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
