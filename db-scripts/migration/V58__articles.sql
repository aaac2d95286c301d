-- Issue 18, item 3: the operator's articles (portal): 政策法规 (POLICY), 办事指南 (GUIDE) and the platform's 通知公告
-- (NOTICE). DRAFT → PUBLISHED → WITHDRAWN (portal.domain.ArticleState). The body is HTML already cleaned by the
-- server (portal.application.SafeHtml) before it is stored. SQL in the subset MySQL 8 and MariaDB 11 share; times UTC.
CREATE TABLE article (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  category          VARCHAR(12)    NOT NULL,
  title             VARCHAR(200)   NOT NULL,
  summary           VARCHAR(500)   NULL,
  body              MEDIUMTEXT     NOT NULL,   -- safe HTML (cleaned on every save)
  source            VARCHAR(200)   NULL,       -- issuing body (发文机关 / 来源)
  doc_number        VARCHAR(100)   NULL,       -- 文号, e.g. 市政办发〔2020〕1号
  publication_date  DATE           NULL,       -- 发布日期 shown to readers; the day of publishing when not given
  state             VARCHAR(12)    NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  created_by        VARCHAR(100)   NOT NULL,
  updated_at        DATETIME(6)    NOT NULL,
  updated_by        VARCHAR(100)   NOT NULL,
  published_at      DATETIME(6)    NULL,       -- first publication; the public order (newest first)
  published_by      VARCHAR(100)   NULL,
  withdrawn_at      DATETIME(6)    NULL,
  withdrawn_by      VARCHAR(100)   NULL,
  version           BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  -- the public lists: a category's published articles, newest first (state and category constant: keyset on the rest)
  KEY ix_article_public (state, category, published_at, id),
  -- the feed and the sitemap: every published article, newest first
  KEY ix_article_published (state, published_at, id),
  CONSTRAINT ck_article_state CHECK (state IN ('DRAFT','PUBLISHED','WITHDRAWN')),
  CONSTRAINT ck_article_category CHECK (category IN ('POLICY','GUIDE','NOTICE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An article's attachments (stored by shared.storage with the uploads' checks), in the order shown.
CREATE TABLE article_attachment (
  article_id      BIGINT        NOT NULL,
  position        INT           NOT NULL,
  stored_file_id  BIGINT        NOT NULL,
  display_name    VARCHAR(255)  NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  PRIMARY KEY (article_id, position),
  UNIQUE KEY uq_article_attachment_file (stored_file_id),
  CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id) REFERENCES article (id),
  CONSTRAINT fk_article_attachment_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 通知公告 lists the platform's notices together with the regulators' published 通报, newest first by publication:
-- the 通报 side of that union reads this index (state constant, then published_at, id).
CREATE INDEX ix_bulletin_public ON bulletin (state, published_at, id);
