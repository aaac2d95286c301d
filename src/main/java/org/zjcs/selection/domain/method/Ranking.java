package org.zjcs.selection.domain.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/** What the rules share: the checks at the start and the ranking with ties broken by the draw. */
final class Ranking {

    private Ranking() {
    }

    /**
     * Checks that the stream belongs to the input, records the {@code entries} step and, with fewer entries than the
     * minimum, the {@code failed.too-few} step. Returns the failed outcome, or {@code null} to go on.
     */
    static Outcome start(SelectionInput input, DrawStream draw, List<Step> steps) {
        if (draw == null || draw.noticeId() != input.noticeId() || !draw.sortedReceipts().equals(input.receipts())) {
            throw new IllegalArgumentException("The draw stream was not built from this input");
        }
        if (!draw.steps().isEmpty()) {
            throw new IllegalArgumentException("The draw stream has been used already");
        }
        steps.add(Step.of("entries", "method", input.method(), "count", input.entries().size(), "minBidders",
                input.minBidders(), "receipts", input.receipts(), "digest", draw.entriesDigestHex()));
        if (input.entries().size() < input.minBidders()) {
            steps.add(Step.of("failed.too-few", "count", input.entries().size(), "minBidders", input.minBidders()));
            return Outcome.failed(input.method(), FailureReason.TOO_FEW, steps);
        }
        return null;
    }

    /** Draws an index and records it as a step. */
    static int draw(DrawStream draw, String purpose, int n, List<Step> steps) {
        var d = draw.draw(purpose, n);
        steps.add(Step.of(d));
        return (int) d.index();
    }

    /**
     * Orders the entries (given in receipt order) by the key, ascending or descending. Entries with equal keys
     * (compareTo) form a tied group; the groups of two or more are numbered 1, 2, ... in ranking order and group k is
     * ordered by draws without replacement with purpose {@code tiebreak-k}: from the group in receipt order, draw an
     * index in [0, size), take that entry for the next place, and repeat on the rest until one is left, which takes
     * the last place without a draw.
     */
    static List<Entry> rank(List<Entry> entries, Function<Entry, BigDecimal> key, boolean descending,
                            DrawStream draw, List<Step> steps) {
        Comparator<Entry> byKey = Comparator.comparing(key);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(descending ? byKey.reversed() : byKey); // stable: receipt order within equal keys
        List<Entry> ranked = new ArrayList<>();
        int group = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i + 1;
            while (j < sorted.size() && key.apply(sorted.get(j)).compareTo(key.apply(sorted.get(i))) == 0) {
                j++;
            }
            List<Entry> tied = new ArrayList<>(sorted.subList(i, j));
            if (tied.size() == 1) {
                ranked.add(tied.get(0));
            } else {
                group++;
                String purpose = "tiebreak-" + group;
                steps.add(Step.of("tiebreak.group", "group", group, "purpose", purpose, "value",
                        key.apply(tied.get(0)), "firmIds", firmIds(tied)));
                List<Entry> ordered = new ArrayList<>();
                while (tied.size() > 1) {
                    ordered.add(tied.remove(draw(draw, purpose, tied.size(), steps)));
                }
                ordered.add(tied.get(0));
                steps.add(Step.of("tiebreak.order", "group", group, "firmIds", firmIds(ordered)));
                ranked.addAll(ordered);
            }
            i = j;
        }
        return ranked;
    }

    static List<Long> firmIds(List<Entry> entries) {
        return entries.stream().map(Entry::firmId).toList();
    }

    static void requirePrices(SelectionInput input) {
        for (Entry e : input.entries()) {
            if (e.price() == null || e.price().signum() <= 0) {
                throw new IllegalArgumentException("Firm " + e.firmId() + " has no positive price");
            }
        }
    }

    static void requireMethod(SelectionInput input, SelectionMethod method) {
        if (input.method() != method) {
            throw new IllegalArgumentException("This rule is for " + method + ", not " + input.method());
        }
    }

    static Step winnerStep(Entry winner) {
        return Step.of("winner", "firmId", winner.firmId(), "firmName", winner.firmName(), "receipt",
                winner.receiptHash());
    }
}
