package org.zjcs.shared.change;

/**
 * Fired (synchronously, inside the transaction) by {@link ChangeLog#record} after the change-log row is written.
 * Readers such as the search index observe it {@code during = AFTER_SUCCESS}: they then read the change log, so a
 * rolled-back change is never seen and a missed event is caught by their next poll.
 *
 * @param entity what changed, one of the {@code ChangeLog} kinds (e.g. {@link ChangeLog#NOTICE})
 * @param entityId its id
 */
public record EntityChanged(String entity, long entityId) {
}
