package org.zjcs.supervision.domain.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many direct picks by one owner unit: over the window, at least {@code count} of its published notices chose the firm
 * by direct pick (直接选取), or at least two did and they are at least {@code percent} % of its published notices
 * ({@code picks · 100 ≥ percent · notices}; one direct pick alone is never a pattern).
 */
public final class DirectPickRule {

    /** A notice published in the window: its owner and whether it is a direct pick. */
    public record Published(long ownerId, String ownerName, long noticeId, String noticeTitle, boolean directPick,
                            String publishedAt) {
    }

    private final int count;
    private final int percent;

    public DirectPickRule(int count, int percent) {
        this.count = count;
        this.percent = percent;
    }

    public List<Finding> apply(List<Published> notices) {
        Map<Long, List<Published>> byOwner = new TreeMap<>();
        for (Published n : notices) {
            byOwner.computeIfAbsent(n.ownerId(), k -> new ArrayList<>()).add(n);
        }
        List<Finding> found = new ArrayList<>();
        for (List<Published> ofOwner : byOwner.values()) {
            List<Published> picks = ofOwner.stream().filter(Published::directPick).toList();
            int total = ofOwner.size();
            boolean many = picks.size() >= count;
            boolean share = picks.size() >= 2 && Shares.atLeast(picks.size(), total, percent);
            if (!many && !share) {
                continue;
            }
            Published first = ofOwner.get(0);
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("owner", first.ownerName());
            figures.put("directPicks", String.valueOf(picks.size()));
            figures.put("notices", String.valueOf(total));
            figures.put("share", Shares.percent(picks.size(), total));
            figures.put("threshold", count + " / " + percent + "%");
            List<List<String>> rows = picks.stream()
                    .map(p -> List.of(String.valueOf(p.noticeId()), p.noticeTitle(), p.publishedAt())).toList();
            found.add(new Finding(RiskRule.DIRECT_PICK, SubjectKind.OWNER, String.valueOf(first.ownerId()),
                    first.ownerName(), new Evidence(figures, List.of("notice", "title", "publishedAt"), rows)));
        }
        return found;
    }
}
