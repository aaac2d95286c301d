package org.zjcs.portal.domain;

import java.util.Optional;

/**
 * What an article is: 政策法规 (laws, regulations and policy documents), 办事指南 (how to do something on the platform) or
 * 通知公告 (a platform notice, listed with the regulators' 通报 on announcements.xhtml).
 */
public enum ArticleCategory {
    POLICY, GUIDE, NOTICE;

    /** The category named by a request parameter; empty for null, blank or unknown (never an error). */
    public static Optional<ArticleCategory> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ArticleCategory c : values()) {
            if (c.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
