package org.zjcs.selection.domain.method;

import java.util.ArrayList;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/** 竞价选取（最低价）: ranked by ascending price; equal prices ordered by the draw ({@code tiebreak-k}). */
public final class LowestPriceRule implements SelectionRule {

    @Override
    public Outcome select(SelectionInput input, DrawStream draw) {
        Ranking.requireMethod(input, SelectionMethod.LOWEST_PRICE);
        Ranking.requirePrices(input);
        List<Step> steps = new ArrayList<>();
        Outcome failed = Ranking.start(input, draw, steps);
        if (failed != null) {
            return failed;
        }
        List<Entry> ranked = Ranking.rank(input.entries(), Entry::price, false, draw, steps);
        steps.add(Step.of("price.lowest", "price", ranked.get(0).price()));
        List<RankedEntry> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ranking.add(new RankedEntry(i + 1, ranked.get(i), null, null, null));
        }
        steps.add(Step.of("ranking", "firmIds", Ranking.firmIds(ranked)));
        steps.add(Ranking.winnerStep(ranked.get(0)));
        return Outcome.selected(input.method(), ranking, null, null, steps);
    }
}
