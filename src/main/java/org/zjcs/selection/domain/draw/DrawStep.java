package org.zjcs.selection.domain.draw;

import java.util.List;

/**
 * One draw of an index from a {@link DrawStream}, recorded so that a verify page can show it (docs/draw.md).
 *
 * @param purpose  the purpose word, e.g. {@code winner}, {@code coefficient}, {@code tiebreak-1}
 * @param n        the size of the range: the index is in [0, n)
 * @param counters every counter used, in order; all but the last were rejected (rejection sampling)
 * @param blockHex the accepted block (the one of the last counter), lowercase hex
 * @param u        the first 8 bytes of the accepted block as an unsigned 64-bit integer, in decimal
 * @param index    the drawn index, {@code u mod n}
 */
public record DrawStep(String purpose, long n, List<Long> counters, String blockHex, String u, long index) {

    public DrawStep {
        counters = List.copyOf(counters);
    }

    /** The counter whose block was accepted. */
    public long acceptedCounter() {
        return counters.get(counters.size() - 1);
    }

    /** The counters whose blocks were rejected (usually none). */
    public List<Long> rejectedCounters() {
        return counters.subList(0, counters.size() - 1);
    }
}
