package org.zjcs.selection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.selection.domain.EligibilityRules.Held;
import org.zjcs.selection.domain.EligibilityRules.Required;

/**
 * The qualification part of the scored comparison (docs/draw.md), 0 to 100: for each required type, the best level the
 * firm holds that day scores 100 at the type's highest level and 20 less for each level below (at least 20); a type
 * without levels scores 100 when held; a type not held scores 0. "All of": the average over the requirements; "any
 * of": the best one. A notice without requirements gives everyone 100.
 */
public final class QualificationScore {

    private QualificationScore() {
    }

    public static BigDecimal of(RequirementMode mode, List<Required> requirements, List<Held> held) {
        if (requirements.isEmpty()) {
            return BigDecimal.valueOf(100);
        }
        int total = 0;
        int best = 0;
        for (Required r : requirements) {
            int s = score(r, held);
            total += s;
            best = Math.max(best, s);
        }
        if (mode == RequirementMode.ANY_OF) {
            return BigDecimal.valueOf(best);
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(requirements.size()), 2, RoundingMode.HALF_UP);
    }

    static int score(Required r, List<Held> held) {
        int best = 0;
        for (Held h : held) {
            if (!h.counts() || !h.typeCode().equals(r.typeCode())) {
                continue;
            }
            List<String> levels = r.levelsHighestFirst();
            int s;
            if (levels.isEmpty()) {
                s = 100;
            } else {
                int at = h.level() == null ? -1 : levels.indexOf(h.level());
                s = at < 0 ? 20 : Math.max(20, 100 - 20 * at);
            }
            best = Math.max(best, s);
        }
        return best;
    }
}
