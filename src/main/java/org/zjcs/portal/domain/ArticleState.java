package org.zjcs.portal.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of an article: DRAFT (only operators read it) → PUBLISHED (public; still corrected by operators, each
 * correction audited and logged for the search index) → WITHDRAWN (gone from the public: its page and attachments
 * answer 404; final). Every other move is refused with a message key.
 */
public enum ArticleState {
    DRAFT, PUBLISHED, WITHDRAWN;

    /** A draft or a published article may be edited (texts, attachments); a withdrawn one never again. */
    public ArticleState edit() {
        if (this == WITHDRAWN) {
            throw new DomainException("article.error.withdrawn");
        }
        return this;
    }

    /** Only a draft is published. */
    public ArticleState publish() {
        if (this != DRAFT) {
            throw new DomainException("article.error.notDraft");
        }
        return PUBLISHED;
    }

    /** Only a published article is withdrawn. */
    public ArticleState withdraw() {
        if (this != PUBLISHED) {
            throw new DomainException("article.error.notPublished");
        }
        return WITHDRAWN;
    }

    public boolean canEdit() {
        return this != WITHDRAWN;
    }

    public boolean canPublish() {
        return this == DRAFT;
    }

    public boolean canWithdraw() {
        return this == PUBLISHED;
    }

    /** Whether the public reads it (page, list, feed, sitemap, attachments). */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
