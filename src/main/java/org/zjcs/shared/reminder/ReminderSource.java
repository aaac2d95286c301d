package org.zjcs.shared.reminder;

import java.util.List;

/**
 * Implemented by each context that knows open time limits (contract filing, deliverables…) as a CDI bean; the reminder
 * job ({@link ReminderService}) collects every implementation with {@code Instance<ReminderSource>}, decides which are
 * due for a reminder ({@value ReminderService#WORKING_DAYS_AHEAD} working days ahead) and sends each once. The job
 * imports none of the contexts, so a new context adds its reminders by adding a source.
 *
 * <p>Designed for a million open items: a source reads only the items whose time limit may fall within the
 * {@link ReminderWindow} (its bounds go into the SQL: a stored due time, or the start of a limit of N working days), in
 * a number of set-based queries that does not grow with the open items (joins or {@code IN} for what the due time
 * needs, keyset pages of at most a few hundred rows over the candidates only), never one query per item.
 */
public interface ReminderSource {

    /**
     * The open items of this context whose time limit may be within {@code window}: at least every one that is, with
     * its exact due time (the job checks each with {@link ReminderService#isDue}); items far from the window are not
     * read. Runs in the source's own read transaction.
     */
    List<DueItem> openItems(ReminderWindow window);
}
