package org.zjcs.supervision.domain;

import java.util.Locale;
import org.zjcs.shared.error.DomainException;

/**
 * What the 好差评 statistics group by: the firm evaluated, the service item of the notice, the owner unit that
 * evaluated, or the approval department whose case the notice serves. Each also names the party type whose closed
 * {@code due_item} rows give the on-time rate (null: every party of the service item).
 */
public enum StatsDimension {
    FIRM("FIRM"), SERVICE_ITEM(null), OWNER("OWNER"), DEPARTMENT("DEPARTMENT");

    private final String partyType;

    StatsDimension(String partyType) {
        this.partyType = partyType;
    }

    /** The party type of the due items counted for the on-time rate; null for every party. */
    public String partyType() {
        return partyType;
    }

    public String messageKey() {
        return "evalstat.dimension." + name();
    }

    /** The dimension named {@code name} (case-insensitive); FIRM when blank; unknown → evalstat.error.dimension. */
    public static StatsDimension parse(String name) {
        if (name == null || name.isBlank()) {
            return FIRM;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String shown = name.strip();
            throw new DomainException("evalstat.error.dimension", shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
        }
    }
}
