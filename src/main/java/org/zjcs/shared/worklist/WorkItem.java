package org.zjcs.shared.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a work list (工作台): what kind of thing it is, what it is about, its state, the next date it is due by
 * (null when nothing is due) and the page to act on.
 *
 * @param kindKey   message key of the kind, e.g. {@code work.kind.enrolment}
 * @param subject   what it is about: a notice's title with its number, a case number (plain text, shown as is)
 * @param stateKey  message key of the state, e.g. {@code work.state.enrolment.sealed}
 * @param stateArgs its arguments (plain strings: receipts, dates formatted by the source, reasons)
 * @param dueAt     the next time limit (objection period end, contract filing limit, deliverable due…), or null
 * @param dueKey    message key naming that time limit, e.g. {@code work.due.publicity} (null without a due date)
 * @param overdue   the time limit has passed and the thing is still open
 * @param link      the page to act on or read, relative to the application
 */
public record WorkItem(String kindKey, String subject, String stateKey, List<String> stateArgs, Instant dueAt,
                       String dueKey, boolean overdue, String link) {

    public WorkItem {
        Objects.requireNonNull(kindKey);
        Objects.requireNonNull(stateKey);
        stateArgs = List.copyOf(stateArgs);
    }

    /** An open item due at {@code dueAt} (overdue when {@code now} is past it). */
    public static WorkItem due(String kindKey, String subject, String stateKey, List<String> stateArgs, Instant dueAt,
                               String dueKey, Instant now, String link) {
        return new WorkItem(kindKey, subject, stateKey, stateArgs, dueAt, dueAt == null ? null : dueKey,
                dueAt != null && now.isAfter(dueAt), link);
    }

    /** An item with nothing due (a result, an answer, a closed thing shown for a while). */
    public static WorkItem info(String kindKey, String subject, String stateKey, List<String> stateArgs, String link) {
        return new WorkItem(kindKey, subject, stateKey, stateArgs, null, null, false, link);
    }
}
