package org.zjcs.shared.worklist;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The organisation whose work list is read, in which role, at which moment and for which reader's language (a source
 * may put texts that are stored as message keys, such as an exclusion's failed rules, into an item's arguments).
 * {@code draftedBy}: for an owner unit's member who is not its unit admin, the member's user id — a member acts only
 * on the notices it drafted (drafts, objections, picks: the sources of procurement and selection restrict their
 * owner items to {@code notice.created_by_user}); 0 when the actor sees all of its organisation's items.
 */
public record WorkActor(long organisationId, WorkRole role, Instant now, Locale locale, long draftedBy) {

    public WorkActor {
        Objects.requireNonNull(role);
        Objects.requireNonNull(now);
        Objects.requireNonNull(locale);
    }

    /** An actor that sees all of its organisation's items. */
    public WorkActor(long organisationId, WorkRole role, Instant now, Locale locale) {
        this(organisationId, role, now, locale, 0);
    }
}
