package org.zjcs.supervision.domain.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Repeated cancellations after the deadline by one owner unit: over the window, at least {@code count} of its notices
 * were cancelled (the cancellation announcement) after their enrolment deadline had passed.
 */
public final class LateCancelRule {

    /** A cancelled notice: its enrolment deadline and when the cancellation was announced (texts for the evidence). */
    public record Cancelled(long ownerId, String ownerName, long noticeId, String noticeTitle, Instant deadline,
                            Instant cancelledAt, String deadlineText, String cancelledText) {
    }

    private final int count;

    public LateCancelRule(int count) {
        this.count = count;
    }

    public List<Finding> apply(List<Cancelled> cancellations) {
        Map<Long, List<Cancelled>> late = new TreeMap<>();
        for (Cancelled c : cancellations) {
            if (c.deadline() != null && c.cancelledAt().isAfter(c.deadline())) {
                late.computeIfAbsent(c.ownerId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Cancelled> ofOwner : late.values()) {
            if (ofOwner.size() < count) {
                continue;
            }
            Cancelled first = ofOwner.get(0);
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("owner", first.ownerName());
            figures.put("lateCancellations", String.valueOf(ofOwner.size()));
            figures.put("threshold", String.valueOf(count));
            List<List<String>> rows = ofOwner.stream().map(c -> List.of(String.valueOf(c.noticeId()), c.noticeTitle(),
                    c.deadlineText(), c.cancelledText())).toList();
            found.add(new Finding(RiskRule.LATE_CANCEL, SubjectKind.OWNER, String.valueOf(first.ownerId()),
                    first.ownerName(), new Evidence(figures, List.of("notice", "title", "deadline", "cancelledAt"), rows)));
        }
        return found;
    }
}
