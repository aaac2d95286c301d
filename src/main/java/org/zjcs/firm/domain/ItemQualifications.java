package org.zjcs.firm.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.RequirementMode;

/**
 * Whether a firm's qualifications let it offer a service item of the catalogue: a qualification counts when it is
 * approved, valid on the day and of a level at least the required one. Pure: unit-tested without a server.
 */
public final class ItemQualifications {

    private ItemQualifications() {
    }

    /**
     * The requirements the firm fails on {@code day}, empty when it may offer the item: with {@code ALL_OF} each
     * requirement no held qualification meets; with {@code ANY_OF} all of them when none is met.
     */
    public static List<QualificationRequirement> missing(RequirementMode mode, List<QualificationRequirement> required,
                                                         Map<String, QualificationType> types, List<Qualification> held,
                                                         LocalDate day) {
        List<QualificationRequirement> missing = new ArrayList<>();
        for (QualificationRequirement r : required) {
            if (!met(r, types.get(r.getTypeCode()), held, day)) {
                missing.add(r);
            }
        }
        if (mode == RequirementMode.ANY_OF && missing.size() < required.size()) {
            return List.of();
        }
        return List.copyOf(missing);
    }

    static boolean met(QualificationRequirement r, QualificationType type, List<Qualification> held, LocalDate day) {
        return held.stream().anyMatch(q -> q.getTypeCode().equals(r.getTypeCode()) && q.countsOn(day)
                && (r.getMinLevel() == null || (type != null && type.satisfies(q.getLevel(), r.getMinLevel()))));
    }
}
