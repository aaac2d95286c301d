package org.zjcs.portal.application;

import java.time.Instant;

/**
 * One entry of 通知公告: a platform notice (kind {@code ARTICLE}, an article of category NOTICE) or a regulator's
 * published 通报 (kind {@code BULLETIN}), with the page that shows it.
 */
public record AnnouncementRow(String kind, long id, String title, String issuer, Instant publishedAt) {

    public static final String ARTICLE = "ARTICLE";
    public static final String BULLETIN = "BULLETIN";

    /** The public page of the entry (context-relative). */
    public String path() {
        return (ARTICLE.equals(kind) ? "/article.xhtml?id=" : "/bulletin.xhtml?id=") + id;
    }
}
