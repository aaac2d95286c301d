package org.zjcs.shared.reminder;

import java.util.List;

/**
 * Implemented by each context that knows open time limits (contract filing, deliverables…) as a CDI bean; the reminder
 * job ({@link ReminderService}) collects every implementation with {@code Instance<ReminderSource>}, decides which are
 * due for a reminder (two working days ahead) and sends each once. The job imports none of the contexts, so a new
 * context adds its reminders by adding a source.
 */
public interface ReminderSource {

    /** Every open item of this context with its time limit, whether or not it is near (the job decides). */
    List<DueItem> openItems();
}
