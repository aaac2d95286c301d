package org.zjcs.supervision.domain;

import java.util.Set;

/**
 * The satisfaction rate of evaluations (好差评) as the rankings use it: evaluations given (evaluated_at) in the period,
 * at the level that counts (the regulator's revised level after an appeal, else the owner's); satisfied =
 * VERY_SATISFIED, SATISFIED or BASICALLY_SATISFIED; rate = satisfied / given. (The 好差评 statistics of issue 17 part 3
 * define the same figure; one definition is to be kept at merge.)
 */
public final class SatisfactionRate {

    public static final Set<String> SATISFIED_LEVELS = Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

    /** The SQL expression of "this evaluation counts as satisfied" over {@code evaluation} aliased {@code e}. */
    public static final String SATISFIED_SQL =
            "COALESCE(e.revised_level, e.overall_level) IN ('VERY_SATISFIED','SATISFIED','BASICALLY_SATISFIED')";

    private SatisfactionRate() {
    }

    public static boolean satisfied(String level) {
        return level != null && SATISFIED_LEVELS.contains(level);
    }
}
