package org.zjcs.selection.domain.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/**
 * Everything a selection rule needs. Build with {@link #of} and the {@code with...} methods.
 *
 * @param noticeId         the notice
 * @param method           the selection method
 * @param minBidders       the minimum number of eligible entries (default 3; direct pick 1); fewer fails the notice
 * @param coefficients     reasonable price: the coefficient set in whole percent (default 95, 96, 97, 98), kept
 *                         sorted ascending, distinct
 * @param weights          scored method: the weights ({@code null} for the other methods)
 * @param directPickFirmId direct pick: the firm the owner names ({@code null} for the other methods)
 * @param entries          the eligible entries, kept sorted by ascending receipt hash
 */
public record SelectionInput(long noticeId, SelectionMethod method, int minBidders, List<Integer> coefficients,
                             Weights weights, Long directPickFirmId, List<Entry> entries) {

    public static final List<Integer> DEFAULT_COEFFICIENTS = List.of(95, 96, 97, 98);
    public static final int DEFAULT_MIN_BIDDERS = 3;

    public SelectionInput {
        Objects.requireNonNull(method, "method");
        if (minBidders < 1) {
            throw new IllegalArgumentException("minBidders must be at least 1");
        }
        List<Integer> cs = new ArrayList<>(coefficients == null ? DEFAULT_COEFFICIENTS : coefficients);
        cs.sort(Comparator.naturalOrder());
        if (cs.isEmpty() || cs.get(0) < 1 || cs.get(cs.size() - 1) > 200 || new HashSet<>(cs).size() != cs.size()) {
            throw new IllegalArgumentException("Coefficients must be distinct whole percentages 1..200: " + cs);
        }
        coefficients = List.copyOf(cs);
        List<Entry> es = new ArrayList<>(entries);
        es.sort(Comparator.comparing(Entry::receiptHash));
        Set<Long> firms = new HashSet<>();
        for (int i = 0; i < es.size(); i++) {
            if (i > 0 && es.get(i).receiptHash().equals(es.get(i - 1).receiptHash())) {
                throw new IllegalArgumentException("Duplicate receipt " + es.get(i).receiptHash());
            }
            if (!firms.add(es.get(i).firmId())) {
                throw new IllegalArgumentException("Firm " + es.get(i).firmId() + " has two entries");
            }
        }
        entries = List.copyOf(es);
    }

    /** An input with the defaults: min bidders 3 (direct pick 1), coefficients 95..98, no weights, no direct pick. */
    public static SelectionInput of(long noticeId, SelectionMethod method, List<Entry> entries) {
        int min = method == SelectionMethod.DIRECT_PICK ? 1 : DEFAULT_MIN_BIDDERS;
        return new SelectionInput(noticeId, method, min, DEFAULT_COEFFICIENTS, null, null, entries);
    }

    public SelectionInput withMinBidders(int min) {
        return new SelectionInput(noticeId, method, min, coefficients, weights, directPickFirmId, entries);
    }

    public SelectionInput withCoefficients(List<Integer> cs) {
        return new SelectionInput(noticeId, method, minBidders, cs, weights, directPickFirmId, entries);
    }

    public SelectionInput withWeights(Weights w) {
        return new SelectionInput(noticeId, method, minBidders, coefficients, w, directPickFirmId, entries);
    }

    public SelectionInput withDirectPick(long firmId) {
        return new SelectionInput(noticeId, method, minBidders, coefficients, weights, firmId, entries);
    }

    /** The receipts in ascending order, as the draw uses them. */
    public List<String> receipts() {
        return entries.stream().map(Entry::receiptHash).toList();
    }

    /** The draw stream of this input with the revealed seed. */
    public DrawStream drawStream(byte[] seed) {
        return new DrawStream(seed, noticeId, receipts());
    }

    /** The version-2 draw stream (docs/draw.md, "Version 2"): seed, witness and ledger digest, 32 bytes each. */
    public DrawStream drawStreamV2(byte[] seed, byte[] witness, byte[] ledgerDigest) {
        return DrawStream.v2(seed, witness, ledgerDigest, noticeId, receipts());
    }
}
