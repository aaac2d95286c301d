package org.zjcs.supervision.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zjcs.credit.domain.EvaluationLevel;

/**
 * How 好差评 counts an evaluation's level (seed 002 第二十四条 and 第二十六条, as the provincial 好差评 system counts):
 * 非常满意, 满意 and 基本满意 are satisfied (好评); 不满意 and 非常不满意 are bad (差评). The level that counts is the
 * revised one when a regulator revised it on appeal, else the one given. The SQL of the statistics is built from these
 * lists, so that the figures and this rule cannot drift apart.
 */
public final class Satisfaction {

    /** The levels counted as satisfied (满意率's numerator). */
    public static final Set<EvaluationLevel> SATISFIED = EnumSet.of(EvaluationLevel.VERY_SATISFIED,
            EvaluationLevel.SATISFIED, EvaluationLevel.BASICALLY_SATISFIED);
    /** The levels counted as 差评. */
    public static final Set<EvaluationLevel> BAD = EnumSet.of(EvaluationLevel.DISSATISFIED, EvaluationLevel.VERY_DISSATISFIED);

    private Satisfaction() {
    }

    public static boolean satisfied(EvaluationLevel level) {
        return level != null && SATISFIED.contains(level);
    }

    public static boolean bad(EvaluationLevel level) {
        return level != null && BAD.contains(level);
    }

    /** The level that counts: the revised one if any, else the one given. */
    public static EvaluationLevel counted(EvaluationLevel given, EvaluationLevel revised) {
        return revised != null ? revised : given;
    }

    /** The SQL condition "this evaluation counts as satisfied" over {@code evaluation} aliased {@code alias}. */
    public static String satisfiedSql(String alias) {
        return "COALESCE(" + alias + ".revised_level, " + alias + ".overall_level) IN (" + sqlList(SATISFIED) + ")";
    }

    /** The SQL list of level names, e.g. {@code 'DISSATISFIED','VERY_DISSATISFIED'} (enum names only: no input). */
    public static String sqlList(Set<EvaluationLevel> levels) {
        List<String> names = levels.stream().map(l -> "'" + l.name() + "'").toList();
        return String.join(",", names);
    }
}
