package org.zjcs.selection.domain.method;

import java.util.ArrayList;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/** 随机抽取: the winner is {@code entries[draw.index("winner", n)]}, entries in receipt order. */
public final class RandomDrawRule implements SelectionRule {

    @Override
    public Outcome select(SelectionInput input, DrawStream draw) {
        Ranking.requireMethod(input, SelectionMethod.RANDOM_DRAW);
        List<Step> steps = new ArrayList<>();
        Outcome failed = Ranking.start(input, draw, steps);
        if (failed != null) {
            return failed;
        }
        List<Entry> entries = input.entries();
        Entry winner = entries.get(Ranking.draw(draw, "winner", entries.size(), steps));
        steps.add(Ranking.winnerStep(winner));
        return Outcome.selected(input.method(), List.of(new RankedEntry(1, winner, null, null, null)), null, null,
                steps);
    }
}
