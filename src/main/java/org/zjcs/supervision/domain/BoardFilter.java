package org.zjcs.supervision.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.error.DomainException;

/**
 * What the board's list (and its counts) is narrowed to: a kind of step, the party type that must act, one value of a
 * dimension, and the state (all open items, only overdue, only due soon). Every part is optional; an unknown kind,
 * party type, state or dimension, or a value that is no id (board.error.*), is refused with a clear message.
 */
public record BoardFilter(String kind, String partyType, BoardDimension dimension, String value, State state) {

    /** The due kinds of the due model, by name. */
    public static final List<String> KINDS = Arrays.stream(DueKind.values()).map(Enum::name).toList();

    /** The party types of due_item.party_type. */
    public static final List<String> PARTIES = Arrays.stream(PartyType.values()).map(Enum::name).toList();

    /** Which open items the list shows. */
    public enum State {
        OPEN, OVERDUE, DUE_SOON;

        public String messageKey() {
            return "board.state." + name();
        }
    }

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, State.OPEN);

    public static BoardFilter of(String kind, String party, String dimension, String value, String state) {
        String k = known(kind, KINDS, "board.error.kind");
        String p = known(party, PARTIES, "board.error.party");
        BoardDimension d = BoardDimension.parse(dimension, null);
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && d == null) {
            throw new DomainException("board.error.dimension", "");
        }
        if (v != null) {
            v = checkValue(d, v);
        }
        State s;
        try {
            s = state == null || state.isBlank() ? State.OPEN : State.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DomainException("board.error.state", state.strip());
        }
        return new BoardFilter(k, p, v == null ? null : d, v, s);
    }

    private static String checkValue(BoardDimension d, String v) {
        if (d == BoardDimension.PARTY_TYPE) {
            return known(v, PARTIES, "board.error.party");
        }
        boolean ok = d == BoardDimension.REGION ? v.matches("\\d{6}") : v.matches("\\d{1,18}");
        if (!ok) {
            throw new DomainException("board.error.value", v);
        }
        return v;
    }

    private static String known(String text, List<String> names, String error) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!names.contains(n)) {
            throw new DomainException(error, text.strip());
        }
        return n;
    }
}
