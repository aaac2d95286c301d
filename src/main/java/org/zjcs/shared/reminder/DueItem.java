package org.zjcs.shared.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An open item with a time limit, as a {@link ReminderSource} reports it.
 *
 * @param kind         a stable code of the kind of time limit, e.g. {@code CONTRACT_FILING} (at most 40 characters)
 * @param subjectId    what it is about, e.g. the notice's id
 * @param dueAt        the time limit; a reminder is sent once per kind, subject and due time
 * @param recipients   the organisations to remind
 * @param messageKey   the notification's message key
 * @param args         its arguments (the job appends nothing)
 * @param link         the page to act on
 */
public record DueItem(String kind, long subjectId, Instant dueAt, List<Long> recipients, String messageKey,
                      List<String> args, String link) {

    public DueItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(dueAt);
        recipients = List.copyOf(recipients);
        args = List.copyOf(args);
    }
}
