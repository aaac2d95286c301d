package org.zjcs.selection.domain.method;

import java.util.ArrayList;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/** 直接选取: the owner's named firm wins if it is among the eligible entries, else NOT_ENROLLED. No draw. */
public final class DirectPickRule implements SelectionRule {

    @Override
    public Outcome select(SelectionInput input, DrawStream draw) {
        Ranking.requireMethod(input, SelectionMethod.DIRECT_PICK);
        List<Step> steps = new ArrayList<>();
        // too few entries fail the notice whether or not a firm was named: a direct pick nobody enrolled in has nobody to
        // name, and fails at its deadline like any other notice
        Outcome failed = Ranking.start(input, draw, steps);
        if (failed != null) {
            return failed;
        }
        Long picked = input.directPickFirmId();
        if (picked == null) {
            throw new IllegalArgumentException("A direct pick names a firm");
        }
        for (Entry e : input.entries()) {
            if (e.firmId() == picked) {
                steps.add(Step.of("direct-pick", "firmId", picked));
                steps.add(Ranking.winnerStep(e));
                return Outcome.selected(input.method(), List.of(new RankedEntry(1, e, null, null, null)), null, null,
                        steps);
            }
        }
        steps.add(Step.of("failed.not-enrolled", "firmId", picked));
        return Outcome.failed(input.method(), FailureReason.NOT_ENROLLED, steps);
    }
}
