package org.zjcs.supervision.domain.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The same group of firms always enrolling together: a set of at least three firms that enrolled together (all of them)
 * in at least {@code minNotices} notices of the window, that being at least {@code percent} % of each member's
 * enrolments in the window. Only maximal groups are reported (no firm can be added that keeps the group qualifying).
 *
 * <p>Algorithm: (1) count each firm's enrolments E(f); only firms with E(f) ≥ minNotices can be members; (2) count, for
 * every pair of such firms, the notices they share (per notice all pairs of its member firms: Σ k² over notices with k
 * firms; a notice with more than {@value #MAX_FIRMS_PER_NOTICE} enrolled firms adds no pairs — a big field is no cohort);
 * (3) a pair qualifies if it meets both thresholds; (4) groups grow from qualifying pairs by adding a firm with a higher
 * id that forms a qualifying pair with every member, intersecting the notice sets, and are kept while they qualify; at
 * most {@value #MAX_GROUP} firms and {@value #MAX_STEPS} growth steps per scan (a bound, said in the evidence if hit).
 */
public final class CohortRule {

    /** An opened, active enrolment of a firm in a notice of the window. */
    public record Enrolment(long noticeId, long firmId, String firmName) {
    }

    static final int MAX_FIRMS_PER_NOTICE = 60;
    static final int MAX_GROUP = 8;
    static final int MAX_STEPS = 20_000;

    private final int minNotices;
    private final int percent;

    public CohortRule(int minNotices, int percent) {
        this.minNotices = minNotices;
        this.percent = percent;
    }

    public List<Finding> apply(List<Enrolment> enrolments) {
        Map<Long, Set<Long>> noticesOf = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Enrolment e : enrolments) {
            noticesOf.computeIfAbsent(e.firmId(), k -> new TreeSet<>()).add(e.noticeId());
            names.put(e.firmId(), e.firmName());
        }
        Map<Long, List<Long>> firmsOf = new TreeMap<>();
        for (Enrolment e : enrolments) {
            if (noticesOf.get(e.firmId()).size() >= minNotices) {
                firmsOf.computeIfAbsent(e.noticeId(), k -> new ArrayList<>()).add(e.firmId());
            }
        }
        Map<Long, Map<Long, Integer>> pairs = new TreeMap<>();
        for (List<Long> firms : firmsOf.values()) {
            List<Long> f = new ArrayList<>(new TreeSet<>(firms));
            if (f.size() > MAX_FIRMS_PER_NOTICE) {
                continue;
            }
            for (int i = 0; i < f.size(); i++) {
                for (int j = i + 1; j < f.size(); j++) {
                    pairs.computeIfAbsent(f.get(i), k -> new TreeMap<>()).merge(f.get(j), 1, Integer::sum);
                }
            }
        }
        Map<Long, Set<Long>> partners = new TreeMap<>();
        for (var a : pairs.entrySet()) {
            for (var b : a.getValue().entrySet()) {
                int together = b.getValue();
                if (qualifies(together, List.of(a.getKey(), b.getKey()), noticesOf)) {
                    partners.computeIfAbsent(a.getKey(), k -> new TreeSet<>()).add(b.getKey());
                    partners.computeIfAbsent(b.getKey(), k -> new TreeSet<>()).add(a.getKey());
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        int[] steps = {0};
        for (var a : partners.entrySet()) {
            for (long b : a.getValue()) {
                if (b > a.getKey()) {
                    Set<Long> shared = new TreeSet<>(noticesOf.get(a.getKey()));
                    shared.retainAll(noticesOf.get(b));
                    grow(new ArrayList<>(List.of(a.getKey(), b)), shared, partners, noticesOf, names, found, steps);
                }
            }
        }
        return found;
    }

    private void grow(List<Long> group, Set<Long> shared, Map<Long, Set<Long>> partners, Map<Long, Set<Long>> noticesOf,
                      Map<Long, String> names, List<Finding> found, int[] steps) {
        boolean extended = false;
        if (group.size() < MAX_GROUP) {
            for (long c : partners.getOrDefault(group.get(0), Set.of())) {
                if (group.contains(c) || !partners.getOrDefault(c, Set.of()).containsAll(group)) {
                    continue;
                }
                Set<Long> next = new TreeSet<>(shared);
                next.retainAll(noticesOf.get(c));
                List<Long> bigger = new ArrayList<>(group);
                bigger.add(c);
                if (!qualifies(next.size(), bigger, noticesOf)) {
                    continue;
                }
                extended = true;
                if (c > group.get(group.size() - 1) && ++steps[0] <= MAX_STEPS) {
                    grow(bigger, next, partners, noticesOf, names, found, steps);
                }
            }
        }
        if (!extended && group.size() >= 3) {
            found.add(finding(group, shared, noticesOf, names));
        }
    }

    private boolean qualifies(int together, List<Long> group, Map<Long, Set<Long>> noticesOf) {
        if (together < minNotices) {
            return false;
        }
        for (long f : group) {
            if (!Shares.atLeast(together, noticesOf.get(f).size(), percent)) {
                return false;
            }
        }
        return true;
    }

    private Finding finding(List<Long> group, Set<Long> shared, Map<Long, Set<Long>> noticesOf, Map<Long, String> names) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("firms", String.valueOf(group.size()));
        figures.put("together", String.valueOf(shared.size()));
        figures.put("noticeList", String.join(", ", shared.stream().limit(50).map(String::valueOf).toList()));
        figures.put("threshold", minNotices + " / " + percent + "%");
        List<List<String>> rows = new ArrayList<>();
        List<String> label = new ArrayList<>();
        for (long f : group) {
            int e = noticesOf.get(f).size();
            rows.add(List.of(names.get(f), String.valueOf(e), String.valueOf(shared.size()),
                    Shares.percent(shared.size(), e)));
            label.add(names.get(f));
        }
        String key = String.join("-", group.stream().map(String::valueOf).toList());
        return new Finding(RiskRule.COHORT, SubjectKind.FIRM_GROUP, key, String.join("、", label),
                new Evidence(figures, List.of("firm", "enrolments", "together", "share"), rows));
    }
}
