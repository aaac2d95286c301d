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
 * 综合评分. With L the lowest price, weights wp, wc, wq and c = min(creditScore, 100), q = qualificationScore:
 * {@code total = (wp x 100 x L / price + wc x c + wq x q) / 100}, computed exactly as
 * {@code (wp x 100 x L + price x (wc x c + wq x q)) / (100 x price)} and rounded once, HALF_UP to 2 decimals. The
 * rounded totals are ranked descending; equal totals are ordered by the draw. The price score
 * {@code 100 x L / price} is shown rounded HALF_UP to 2 decimals but the total does not use the rounded value.
 */
public final class ScoredRule implements SelectionRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Outcome select(SelectionInput input, DrawStream draw) {
        Ranking.requireMethod(input, SelectionMethod.SCORED);
        Ranking.requirePrices(input);
        Weights w = input.weights();
        if (w == null) {
            throw new IllegalArgumentException("The scored method needs weights");
        }
        for (Entry e : input.entries()) {
            if (e.creditScore() == null || e.qualificationScore() == null || e.qualificationScore().signum() < 0
                    || e.qualificationScore().compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("Firm " + e.firmId() + " needs a credit score and a qualification"
                        + " score 0..100");
            }
        }
        List<Step> steps = new ArrayList<>();
        Outcome failed = Ranking.start(input, draw, steps);
        if (failed != null) {
            return failed;
        }
        BigDecimal lowest = input.entries().stream().map(Entry::price).min(BigDecimal::compareTo).orElseThrow();
        steps.add(Step.of("price.lowest", "price", lowest, "weightPrice", w.price(), "weightCredit", w.credit(),
                "weightQualification", w.qualification()));
        Map<Entry, BigDecimal> totals = new HashMap<>();
        Map<Entry, BigDecimal> priceScores = new HashMap<>();
        for (Entry e : input.entries()) {
            BigDecimal credit = e.creditScore().min(HUNDRED);
            BigDecimal numerator = BigDecimal.valueOf(w.price()).multiply(HUNDRED).multiply(lowest)
                    .add(e.price().multiply(BigDecimal.valueOf(w.credit()).multiply(credit)
                            .add(BigDecimal.valueOf(w.qualification()).multiply(e.qualificationScore()))));
            BigDecimal total = numerator.divide(HUNDRED.multiply(e.price()), 2, RoundingMode.HALF_UP);
            BigDecimal priceScore = HUNDRED.multiply(lowest).divide(e.price(), 2, RoundingMode.HALF_UP);
            totals.put(e, total);
            priceScores.put(e, priceScore);
            steps.add(Step.of("score", "firmId", e.firmId(), "price", e.price(), "priceScore", priceScore, "credit",
                    credit, "qualification", e.qualificationScore(), "total", total));
        }
        List<Entry> ranked = Ranking.rank(input.entries(), totals::get, true, draw, steps);
        List<RankedEntry> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            ranking.add(new RankedEntry(i + 1, e, priceScores.get(e), totals.get(e), null));
        }
        steps.add(Step.of("ranking", "firmIds", Ranking.firmIds(ranked)));
        steps.add(Ranking.winnerStep(ranked.get(0)));
        return Outcome.selected(input.method(), ranking, null, null, steps);
    }
}
