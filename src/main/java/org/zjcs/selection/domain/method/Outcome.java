package org.zjcs.selection.domain.method;

import java.math.BigDecimal;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;

/**
 * The result of a selection.
 *
 * @param method      the method applied
 * @param status      {@link Status#SELECTED} or {@link Status#FAILED}
 * @param failure     why it failed; {@code null} when selected
 * @param winner      the winner; {@code null} when failed
 * @param ranking     winner first, then the runners-up (price and scored methods); only the winner for random draw
 *                    and direct pick; empty when failed
 * @param reference   reasonable price: the reference price; otherwise {@code null}
 * @param coefficient reasonable price: the drawn coefficient in percent; otherwise {@code null}
 * @param steps       every draw and calculation step, in order
 */
public record Outcome(SelectionMethod method, Status status, FailureReason failure, Entry winner,
                      List<RankedEntry> ranking, BigDecimal reference, Integer coefficient, List<Step> steps) {

    public enum Status { SELECTED, FAILED }

    public Outcome {
        ranking = List.copyOf(ranking);
        steps = List.copyOf(steps);
    }

    public static Outcome failed(SelectionMethod method, FailureReason reason, List<Step> steps) {
        return new Outcome(method, Status.FAILED, reason, null, List.of(), null, null, steps);
    }

    public static Outcome selected(SelectionMethod method, List<RankedEntry> ranking, BigDecimal reference,
                                   Integer coefficient, List<Step> steps) {
        return new Outcome(method, Status.SELECTED, null, ranking.get(0).entry(), ranking, reference, coefficient,
                steps);
    }

    public boolean isSelected() {
        return status == Status.SELECTED;
    }

    /** The firm ids in ranking order. */
    public List<Long> rankingFirmIds() {
        return ranking.stream().map(r -> r.entry().firmId()).toList();
    }
}
