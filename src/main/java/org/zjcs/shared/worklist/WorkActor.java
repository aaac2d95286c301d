package org.zjcs.shared.worklist;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The organisation whose work list is read, in which role, at which moment and for which reader's language (a source
 * may put texts that are stored as message keys, such as an exclusion's failed rules, into an item's arguments).
 */
public record WorkActor(long organisationId, WorkRole role, Instant now, Locale locale) {

    public WorkActor {
        Objects.requireNonNull(role);
        Objects.requireNonNull(now);
        Objects.requireNonNull(locale);
    }
}
