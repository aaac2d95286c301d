package org.zjcs.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 好差评 figures of one group (a firm, a service item, an owner unit or a department) over a period, from the
 * counts and sums the database adds up:
 * <ul>
 * <li>satisfaction rate = satisfied ÷ evaluations × 100 (%, one decimal), satisfied = counted level 非常满意, 满意 or
 * 基本满意 ({@link Satisfaction});</li>
 * <li>average of an aspect = sum of its scores ÷ evaluations (1–5, two decimals);</li>
 * <li>差评 share = bad ÷ evaluations × 100 (counted level 不满意 or 非常不满意);</li>
 * <li>on-time rate = closed due items with late = 0 ÷ closed due items × 100 (the group's own steps closed in the
 * period).</li>
 * </ul>
 * A figure whose denominator is zero is null (shown as "—"), never 0 or 100.
 */
public record SatisfactionFigures(Long key, String name, String nameEn, long evaluations, long satisfied, long bad, long[] aspectSums,
                                  long closedDue, long onTimeDue) {

    /** The five aspects, in the order of {@link #aspectSums}: 服务质量, 服务时效, 服务态度, 服务收费, 服务规范. */
    public static final String[] ASPECTS = {"quality", "timeliness", "attitude", "fees", "conduct"};

    public SatisfactionFigures {
        if (aspectSums == null || aspectSums.length != ASPECTS.length) {
            throw new IllegalArgumentException("five aspect sums");
        }
        aspectSums = aspectSums.clone();
    }

    /** Percent of {@code part} in {@code whole}, one decimal, half up; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal satisfactionRate() {
        return percent(satisfied, evaluations);
    }

    public BigDecimal badShare() {
        return percent(bad, evaluations);
    }

    public BigDecimal onTimeRate() {
        return percent(onTimeDue, closedDue);
    }

    /** The average of aspect {@code i} (index in {@link #ASPECTS}), two decimals; null without evaluations. */
    public BigDecimal aspectAverage(int i) {
        return evaluations == 0 ? null
                : BigDecimal.valueOf(aspectSums[i]).divide(BigDecimal.valueOf(evaluations), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal getQuality() {
        return aspectAverage(0);
    }

    public BigDecimal getTimeliness() {
        return aspectAverage(1);
    }

    public BigDecimal getAttitude() {
        return aspectAverage(2);
    }

    public BigDecimal getFees() {
        return aspectAverage(3);
    }

    public BigDecimal getConduct() {
        return aspectAverage(4);
    }

    @Override
    public long[] aspectSums() {
        return aspectSums.clone();
    }

    /** These figures with the on-time counts of the group's due items. */
    public SatisfactionFigures withDue(long closed, long onTime) {
        return new SatisfactionFigures(key, name, nameEn, evaluations, satisfied, bad, aspectSums, closed, onTime);
    }

    /** These figures under the group's names, Chinese and English (read after the sums). */
    public SatisfactionFigures named(String zh, String en) {
        return new SatisfactionFigures(key, zh, en, evaluations, satisfied, bad, aspectSums, closedDue, onTimeDue);
    }

    /** The group's name in the language asked (the Chinese one when there is no English one). */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
