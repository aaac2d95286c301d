package org.zjcs.supervision.domain.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One firm winning an unusual share of one owner unit's notices: over the window, an owner unit with at least
 * {@code minNotices} notices with a current result, and a firm that won at least {@code percent} % of them
 * ({@code wins · 100 ≥ percent · notices}).
 */
public final class WinShareRule {

    /** A notice of the window with its current (not voided) result: who owns it and who won it. */
    public record Award(long ownerId, String ownerName, long noticeId, String noticeTitle, long firmId, String firmName) {
    }

    private final int percent;
    private final int minNotices;

    public WinShareRule(int percent, int minNotices) {
        this.percent = percent;
        this.minNotices = minNotices;
    }

    public List<Finding> apply(List<Award> awards) {
        Map<Long, List<Award>> byOwner = new TreeMap<>();
        for (Award a : awards) {
            byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a);
        }
        List<Finding> found = new ArrayList<>();
        for (List<Award> ofOwner : byOwner.values()) {
            int notices = ofOwner.size();
            if (notices < minNotices) {
                continue;
            }
            Map<Long, List<Award>> byFirm = new TreeMap<>();
            for (Award a : ofOwner) {
                byFirm.computeIfAbsent(a.firmId(), k -> new ArrayList<>()).add(a);
            }
            for (List<Award> won : byFirm.values()) {
                if (!Shares.atLeast(won.size(), notices, percent)) {
                    continue;
                }
                Award first = won.get(0);
                Map<String, String> figures = new LinkedHashMap<>();
                figures.put("owner", first.ownerName());
                figures.put("firm", first.firmName());
                figures.put("wins", String.valueOf(won.size()));
                figures.put("notices", String.valueOf(notices));
                figures.put("share", Shares.percent(won.size(), notices));
                figures.put("threshold", percent + "%");
                List<List<String>> rows = new ArrayList<>();
                for (Award a : ofOwner) {
                    rows.add(List.of(String.valueOf(a.noticeId()), a.noticeTitle(), a.firmName()));
                }
                found.add(new Finding(RiskRule.WIN_SHARE, SubjectKind.OWNER_FIRM, first.ownerId() + ":" + first.firmId(),
                        first.ownerName() + " / " + first.firmName(),
                        new Evidence(figures, List.of("notice", "title", "winner"), rows)));
            }
        }
        return found;
    }
}
