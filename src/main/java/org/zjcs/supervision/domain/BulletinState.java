package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a 通报 (a regulators' bulletin naming units that missed time limits): DRAFT (edited by its
 * regulator organisation, never public) → PUBLISHED (public on the portal, never changed again) → WITHDRAWN (with a
 * reason; the detail page stays readable with the reason, the public list no longer shows it). Every other move is
 * refused.
 */
public enum BulletinState {
    DRAFT, PUBLISHED, WITHDRAWN;

    /** Only a draft may be edited. */
    public BulletinState edit() {
        if (this != DRAFT) {
            throw new DomainException("rank.bulletin.error.notDraft");
        }
        return DRAFT;
    }

    /** A draft is published. */
    public BulletinState publish() {
        if (this != DRAFT) {
            throw new DomainException("rank.bulletin.error.notDraft");
        }
        return PUBLISHED;
    }

    /** A published bulletin is withdrawn (a draft is simply never published). */
    public BulletinState withdraw() {
        if (this != PUBLISHED) {
            throw new DomainException("rank.bulletin.error.notPublished");
        }
        return WITHDRAWN;
    }

    /** Whether the public may read it (the list shows only PUBLISHED; the detail also WITHDRAWN, with its reason). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
