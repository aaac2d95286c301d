package org.zjcs.selection.domain.method;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/**
 * 竞价选取（最优价）. The coefficient is drawn first ({@code coefficient}, from the coefficients ascending). With three
 * bids or more, one lowest bid (the first in receipt order among equal lowest) and one highest bid (the last in
 * receipt order among equal highest) are dropped; the rest are averaged. The reference is
 * {@code sum x coefficient / (count x 100)}, rounded once, HALF_UP to 2 decimals. Every bid (the dropped ones too) is
 * ranked by its distance {@code |price - reference|}, ascending; equal distances are ordered by the draw.
 */
public final class ReasonablePriceRule implements SelectionRule {

    @Override
    public Outcome select(SelectionInput input, DrawStream draw) {
        Ranking.requireMethod(input, SelectionMethod.REASONABLE_PRICE);
        Ranking.requirePrices(input);
        List<Step> steps = new ArrayList<>();
        Outcome failed = Ranking.start(input, draw, steps);
        if (failed != null) {
            return failed;
        }
        List<Integer> cs = input.coefficients();
        int ci = Ranking.draw(draw, "coefficient", cs.size(), steps);
        int coefficient = cs.get(ci);
        steps.add(Step.of("coefficient.drawn", "coefficients", cs, "index", ci, "coefficient", coefficient));

        List<Entry> entries = input.entries();
        List<Entry> kept = new ArrayList<>(entries);
        if (entries.size() >= 3) {
            Entry lowest = entries.get(0);
            Entry highest = entries.get(0);
            for (Entry e : entries) {
                if (e.price().compareTo(lowest.price()) < 0) {
                    lowest = e;
                }
                if (e.price().compareTo(highest.price()) >= 0) {
                    highest = e;
                }
            }
            kept.remove(lowest);
            kept.remove(highest);
            steps.add(Step.of("bids.dropped", "lowestFirmId", lowest.firmId(), "lowestPrice", lowest.price(),
                    "highestFirmId", highest.firmId(), "highestPrice", highest.price()));
        } else {
            steps.add(Step.of("bids.all-kept", "count", entries.size()));
        }
        BigDecimal sum = kept.stream().map(Entry::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal count = BigDecimal.valueOf(kept.size());
        steps.add(Step.of("average", "firmIds", Ranking.firmIds(kept), "sum", sum, "count", kept.size(), "average",
                sum.divide(count, 2, RoundingMode.HALF_UP)));
        BigDecimal reference = sum.multiply(BigDecimal.valueOf(coefficient))
                .divide(count.multiply(BigDecimal.valueOf(100)), 2, RoundingMode.HALF_UP);
        steps.add(Step.of("reference", "sum", sum, "count", kept.size(), "coefficient", coefficient, "reference",
                reference));

        Map<Entry, BigDecimal> distance = new HashMap<>();
        for (Entry e : entries) {
            BigDecimal d = e.price().subtract(reference).abs();
            distance.put(e, d);
            steps.add(Step.of("distance", "firmId", e.firmId(), "price", e.price(), "distance", d));
        }
        List<Entry> ranked = Ranking.rank(entries, distance::get, false, draw, steps);
        List<RankedEntry> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ranking.add(new RankedEntry(i + 1, ranked.get(i), null, null, distance.get(ranked.get(i))));
        }
        steps.add(Step.of("ranking", "firmIds", Ranking.firmIds(ranked)));
        steps.add(Ranking.winnerStep(ranked.get(0)));
        return Outcome.selected(input.method(), ranking, reference, coefficient, steps);
    }
}
