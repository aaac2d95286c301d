package org.zjcs.supervision.domain.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices clustered just under the ceiling. A bid is in the band when {@code ceiling · (100 − band) / 100 ≤ price ≤
 * ceiling}. Per notice: at least {@code minBids} opened priced bids and at least {@code share} % of them in the band.
 * Per firm over the window: at least {@code minBids} opened priced bids (on notices with a ceiling) and at least
 * {@code share} % of them in the band. Only opened prices are facts: a sealed bid is never read.
 */
public final class CeilingRule {

    /** An opened priced bid on a notice with a ceiling. */
    public record Bid(long noticeId, String noticeTitle, BigDecimal ceiling, long firmId, String firmName,
                      BigDecimal price) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int bandPercent;
    private final int sharePercent;
    private final int minBids;

    public CeilingRule(int bandPercent, int sharePercent, int minBids) {
        this.bandPercent = bandPercent;
        this.sharePercent = sharePercent;
        this.minBids = minBids;
    }

    /** Whether the price lies in the band just under (or at) the ceiling. */
    public boolean inBand(BigDecimal price, BigDecimal ceiling) {
        BigDecimal lower = ceiling.multiply(HUNDRED.subtract(BigDecimal.valueOf(bandPercent))).divide(HUNDRED);
        return price.compareTo(ceiling) <= 0 && price.compareTo(lower) >= 0;
    }

    public List<Finding> apply(List<Bid> bids) {
        List<Finding> found = new ArrayList<>();
        Map<Long, List<Bid>> byNotice = new TreeMap<>();
        Map<Long, List<Bid>> byFirm = new TreeMap<>();
        for (Bid b : bids) {
            byNotice.computeIfAbsent(b.noticeId(), k -> new ArrayList<>()).add(b);
            byFirm.computeIfAbsent(b.firmId(), k -> new ArrayList<>()).add(b);
        }
        for (List<Bid> ofNotice : byNotice.values()) {
            Bid first = ofNotice.get(0);
            finding(ofNotice, SubjectKind.NOTICE, String.valueOf(first.noticeId()),
                    first.noticeId() + " " + first.noticeTitle()).ifPresent(found::add);
        }
        for (List<Bid> ofFirm : byFirm.values()) {
            Bid first = ofFirm.get(0);
            finding(ofFirm, SubjectKind.FIRM, String.valueOf(first.firmId()), first.firmName()).ifPresent(found::add);
        }
        return found;
    }

    private java.util.Optional<Finding> finding(List<Bid> group, SubjectKind kind, String key, String label) {
        long band = group.stream().filter(b -> inBand(b.price(), b.ceiling())).count();
        if (group.size() < minBids || !Shares.atLeast(band, group.size(), sharePercent)) {
            return java.util.Optional.empty();
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(kind == SubjectKind.NOTICE ? "notice" : "firm", label);
        figures.put("bids", String.valueOf(group.size()));
        figures.put("inBand", String.valueOf(band));
        figures.put("share", Shares.percent(band, group.size()));
        figures.put("band", bandPercent + "%");
        figures.put("threshold", sharePercent + "%");
        List<List<String>> rows = group.stream().map(b -> List.of(String.valueOf(b.noticeId()), b.noticeTitle(),
                b.firmName(), b.ceiling().toPlainString(), b.price().toPlainString(),
                inBand(b.price(), b.ceiling()) ? "✓" : "")).toList();
        return java.util.Optional.of(new Finding(RiskRule.CEILING, kind, key, label,
                new Evidence(figures, List.of("notice", "title", "firm", "ceiling", "price", "inBand"), rows)));
    }
}
