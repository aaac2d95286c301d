package org.zjcs.supervision.domain;

import java.util.Locale;
import org.zjcs.shared.error.DomainException;

/**
 * A dimension the board counts by: each names the {@code due_item} column copied at opening (no join back to the
 * business tables). Named on the pages by {@code board.dimension.<NAME>}.
 */
public enum BoardDimension {
    PARTY_TYPE("party_type"),
    DEPARTMENT("department_id"),
    OWNER("owner_id"),
    FIRM("firm_id"),
    SERVICE_ITEM("service_item_id"),
    REGION("region_code");

    private final String column;

    BoardDimension(String column) {
        this.column = column;
    }

    /** The due_item column (a constant of this enum, never user text: safe to put into SQL). */
    public String column() {
        return column;
    }

    public String messageKey() {
        return "board.dimension." + name();
    }

    /** Whether its values are organisation ids (named from the organisation table). */
    public boolean organisation() {
        return this == DEPARTMENT || this == OWNER || this == FIRM;
    }

    /** The dimension a request names (case-insensitive); blank is {@code fallback}; anything else: board.error.dimension. */
    public static BoardDimension parse(String text, BoardDimension fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DomainException("board.error.dimension", text.strip());
        }
    }
}
