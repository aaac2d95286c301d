package org.zjcs.supervision.domain;

/**
 * The board's traffic light of a row: RED when at least one item is overdue, else AMBER when at least one falls due
 * within the due-soon window (setting supervision.board.due-soon-hours), else GREEN.
 */
public enum Rag {
    RED, AMBER, GREEN;

    public static Rag of(long overdue, long dueSoon) {
        if (overdue > 0) {
            return RED;
        }
        return dueSoon > 0 ? AMBER : GREEN;
    }

    public String messageKey() {
        return "board.rag." + name();
    }
}
