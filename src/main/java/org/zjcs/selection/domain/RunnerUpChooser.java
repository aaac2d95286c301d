package org.zjcs.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Entry;

/**
 * The runner-up from the same proof (递补, docs/domain-rules.md "Declining an award"): after the winner declined, the
 * next firm in the proof's ranking, in ranking order, skipping the firms already out on this notice (declined, or
 * disqualified by an upheld objection) and the firms not eligible today (each skipped one with its reasons). Only the
 * price and scored methods rank runners-up; the ranking of a random draw or direct pick holds the winner only. Pure: the
 * caller says who is out and who is not eligible today.
 */
public final class RunnerUpChooser {

    /** The firm to take: its place in the ranking (1 = the original winner) and its bid price from the proof. */
    public record Candidate(long firmId, String firmName, String receiptHash, int rank, BigDecimal price) {
    }

    /** A firm passed over, with its reasons (the JSON of a selection exclusion). */
    public record Skipped(long firmId, String receiptHash, int rank, String reasons) {
    }

    /** The candidate, if any, and every firm passed over before it (or all of them when there is none). */
    public record Choice(Optional<Candidate> candidate, List<Skipped> skipped) {

        public Choice {
            skipped = List.copyOf(skipped);
        }
    }

    private RunnerUpChooser() {
    }

    /**
     * @param proof      the proof of the round the decliner won (a runner-up round repeats it)
     * @param out        firms already out on this notice, with their reasons (declined, disqualified); never taken
     * @param ineligible the reasons a firm is not eligible today, empty when it is eligible; asked only for firms not out
     */
    public static Choice choose(Proof proof, Map<Long, String> out, Function<Long, Optional<String>> ineligible) {
        List<Long> ranking = proof.result().ranking();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            long firmId = ranking.get(i);
            Entry e = entryOf(proof, firmId);
            int rank = i + 1;
            String whyOut = out.get(firmId);
            if (whyOut != null) {
                skipped.add(new Skipped(firmId, e.receiptHash(), rank, whyOut));
                continue;
            }
            Optional<String> why = ineligible.apply(firmId);
            if (why.isPresent()) {
                skipped.add(new Skipped(firmId, e.receiptHash(), rank, why.get()));
                continue;
            }
            return new Choice(Optional.of(new Candidate(firmId, e.firmName(), e.receiptHash(), rank, e.price())), skipped);
        }
        return new Choice(Optional.empty(), skipped);
    }

    /** Whether any firm of the ranking is not out yet (eligible today or not): a runner-up is possible at all. */
    public static boolean anyLeft(Proof proof, Map<Long, String> out) {
        return proof.result().ranking().stream().anyMatch(id -> !out.containsKey(id));
    }

    private static Entry entryOf(Proof proof, long firmId) {
        return proof.entries().stream().filter(e -> e.firmId() == firmId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A ranked firm without its entry in the proof: " + firmId));
    }
}
