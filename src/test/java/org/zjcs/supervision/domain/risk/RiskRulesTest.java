package org.zjcs.supervision.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each risk rule on fixed facts, with the expected figures worked out by hand: a case that fires, one just under. */
class RiskRulesTest {

    // --- (a) one firm winning an unusual share of one owner unit's notices (50 %, at least 5 notices)

    static List<WinShareRule.Award> awards(long owner, long... winners) {
        List<WinShareRule.Award> list = new ArrayList<>();
        for (int i = 0; i < winners.length; i++) {
            list.add(new WinShareRule.Award(owner, "业主" + owner, 100 + i, "公告" + i, winners[i], "机构" + winners[i]));
        }
        return list;
    }

    @Test
    void winShareFiresAtHalfOfFiveOrMoreNotices() {
        // 6 notices, firm 7 won 3: 3·100 = 300 ≥ 50·6 = 300 → fires; share 50%
        List<Finding> f = new WinShareRule(50, 5).apply(awards(1, 7, 7, 7, 8, 9, 10));
        assertEquals(1, f.size());
        assertEquals(SubjectKind.OWNER_FIRM, f.get(0).subjectKind());
        assertEquals("1:7", f.get(0).subjectKey());
        assertEquals("3", f.get(0).evidence().figures().get("wins"));
        assertEquals("6", f.get(0).evidence().figures().get("notices"));
        assertEquals("50%", f.get(0).evidence().figures().get("share"));
        assertEquals(6, f.get(0).evidence().rows().size());
    }

    @Test
    void winShareJustUnder() {
        // 7 notices, firm 7 won 3: 300 < 350 → nothing; and 4 notices all won by one firm: fewer than 5 → nothing
        assertTrue(new WinShareRule(50, 5).apply(awards(1, 7, 7, 7, 8, 9, 10, 11)).isEmpty());
        assertTrue(new WinShareRule(50, 5).apply(awards(1, 7, 7, 7, 7)).isEmpty());
    }

    @Test
    void winShareCountsEachOwnerUnitApart() {
        List<WinShareRule.Award> both = new ArrayList<>(awards(1, 7, 7, 8, 9, 10));   // 2/5 = 40 %
        both.addAll(awards(2, 7, 7, 7, 8, 9));                                        // 3/5 = 60 %
        List<Finding> f = new WinShareRule(50, 5).apply(both);
        assertEquals(List.of("2:7"), f.stream().map(Finding::subjectKey).toList());
        assertEquals("60%", f.get(0).evidence().figures().get("share"));
    }

    // --- (b) many direct picks by one owner unit (3 in the window, or ≥ 2 making ≥ 30 %)

    static List<DirectPickRule.Published> published(long owner, int picks, int others) {
        List<DirectPickRule.Published> list = new ArrayList<>();
        for (int i = 0; i < picks + others; i++) {
            list.add(new DirectPickRule.Published(owner, "业主", 200 + i, "公告" + i, i < picks, "2026-11-0" + (i % 9 + 1)));
        }
        return list;
    }

    @Test
    void directPicksFireByCount() {
        // 3 picks of 20 notices: 15 % but 3 ≥ 3 → fires
        List<Finding> f = new DirectPickRule(3, 30).apply(published(1, 3, 17));
        assertEquals(1, f.size());
        assertEquals("3", f.get(0).evidence().figures().get("directPicks"));
        assertEquals("15%", f.get(0).evidence().figures().get("share"));
        assertEquals(3, f.get(0).evidence().rows().size());
    }

    @Test
    void directPicksFireByShare() {
        // 2 picks of 6 notices: 200 ≥ 30·6 = 180 → fires (33.3 %)
        List<Finding> f = new DirectPickRule(3, 30).apply(published(1, 2, 4));
        assertEquals(1, f.size());
        assertEquals("33.3%", f.get(0).evidence().figures().get("share"));
    }

    @Test
    void directPicksJustUnder() {
        // 2 picks of 7: 200 < 210, and 2 < 3 → nothing; 1 pick of 1 (100 %) is never a pattern
        assertTrue(new DirectPickRule(3, 30).apply(published(1, 2, 5)).isEmpty());
        assertTrue(new DirectPickRule(3, 30).apply(published(1, 1, 0)).isEmpty());
    }

    // --- (c) the same group of firms enrolling together (≥ 3 firms, ≥ 4 notices, ≥ 80 % of each one's enrolments)

    static void enrol(List<CohortRule.Enrolment> list, long notice, long... firms) {
        for (long f : firms) {
            list.add(new CohortRule.Enrolment(notice, f, "机构" + f));
        }
    }

    @Test
    void cohortFiresForTheMaximalGroupOnly() {
        List<CohortRule.Enrolment> e = new ArrayList<>();
        // firms 1, 2, 3 together in notices 10..14 (5); firm 3 also alone in 15 → 5/6 = 83.3 % ≥ 80 %
        for (long n = 10; n <= 14; n++) {
            enrol(e, n, 1, 2, 3);
        }
        enrol(e, 15, 3);
        // firm 4 enrolled with them in 10 and 11 only: 2 < 4 together → not a member
        enrol(e, 10, 4);
        enrol(e, 11, 4);
        List<Finding> f = new CohortRule(4, 80).apply(e);
        assertEquals(1, f.size(), f.toString());
        assertEquals(SubjectKind.FIRM_GROUP, f.get(0).subjectKind());
        assertEquals("1-2-3", f.get(0).subjectKey());
        assertEquals("5", f.get(0).evidence().figures().get("together"));
        assertEquals("10, 11, 12, 13, 14", f.get(0).evidence().figures().get("noticeList"));
        assertEquals(List.of("机构3", "6", "5", "83.3%"), f.get(0).evidence().rows().get(2));
    }

    @Test
    void cohortOfFourIsOneWarningNotFourTriples() {
        List<CohortRule.Enrolment> e = new ArrayList<>();
        for (long n = 10; n <= 13; n++) {
            enrol(e, n, 1, 2, 3, 4);
        }
        List<Finding> f = new CohortRule(4, 80).apply(e);
        assertEquals(List.of("1-2-3-4"), f.stream().map(Finding::subjectKey).toList());
    }

    @Test
    void cohortJustUnder() {
        List<CohortRule.Enrolment> e = new ArrayList<>();
        // together in 4 notices, but firm 3 enrolled in 6: 4/6 = 66.7 % < 80 %
        for (long n = 10; n <= 13; n++) {
            enrol(e, n, 1, 2, 3);
        }
        enrol(e, 14, 3);
        enrol(e, 15, 3);
        assertTrue(new CohortRule(4, 80).apply(e).isEmpty());
        // together in only 3 notices (each firm 100 %): 3 < 4
        List<CohortRule.Enrolment> three = new ArrayList<>();
        for (long n = 10; n <= 12; n++) {
            enrol(three, n, 1, 2, 3);
        }
        assertTrue(new CohortRule(4, 80).apply(three).isEmpty());
        // a pair alone is no group
        List<CohortRule.Enrolment> pair = new ArrayList<>();
        for (long n = 10; n <= 15; n++) {
            enrol(pair, n, 1, 2);
        }
        assertTrue(new CohortRule(4, 80).apply(pair).isEmpty());
    }

    // --- (d) prices just under the ceiling (band 2 %, share 60 %, at least 3 priced bids)

    static CeilingRule.Bid bid(long notice, long firm, String price) {
        return new CeilingRule.Bid(notice, "公告" + notice, new BigDecimal("100000.00"), firm, "机构" + firm,
                new BigDecimal(price));
    }

    @Test
    void theBandIsTheCeilingLessTwoPercentUpToTheCeiling() {
        CeilingRule r = new CeilingRule(2, 60, 3);
        BigDecimal ceiling = new BigDecimal("100000.00");
        assertTrue(r.inBand(new BigDecimal("98000.00"), ceiling));
        assertTrue(r.inBand(new BigDecimal("100000.00"), ceiling));
        assertFalse(r.inBand(new BigDecimal("97999.99"), ceiling));
        assertFalse(r.inBand(new BigDecimal("100000.01"), ceiling));
    }

    @Test
    void ceilingFiresPerNotice() {
        // 5 bids on notice 1, 3 in the band (99500, 98000, 99999): 300 ≥ 60·5 = 300 → fires, 60 %
        List<Finding> f = new CeilingRule(2, 60, 3).apply(List.of(bid(1, 11, "99500"), bid(1, 12, "98000"),
                bid(1, 13, "99999"), bid(1, 14, "90000"), bid(1, 15, "97999.99")));
        assertEquals(1, f.size());
        assertEquals(SubjectKind.NOTICE, f.get(0).subjectKind());
        assertEquals("3", f.get(0).evidence().figures().get("inBand"));
        assertEquals("60%", f.get(0).evidence().figures().get("share"));
    }

    @Test
    void ceilingFiresPerFirmOverTheWindow() {
        // firm 11 bid near the ceiling on 3 notices, each with 4 bids of which only its own is near: per notice 25 %
        List<CeilingRule.Bid> bids = new ArrayList<>();
        for (long n = 1; n <= 3; n++) {
            bids.add(bid(n, 11, "99000"));
            bids.add(bid(n, 20 + n, "80000"));
            bids.add(bid(n, 30 + n, "85000"));
            bids.add(bid(n, 40 + n, "90000"));
        }
        List<Finding> f = new CeilingRule(2, 60, 3).apply(bids);
        assertEquals(1, f.size(), f.toString());
        assertEquals(SubjectKind.FIRM, f.get(0).subjectKind());
        assertEquals("11", f.get(0).subjectKey());
        assertEquals("100%", f.get(0).evidence().figures().get("share"));
    }

    @Test
    void ceilingJustUnder() {
        // 5 bids, 2 in the band: 200 < 300; and 2 bids both in the band: fewer than 3
        assertTrue(new CeilingRule(2, 60, 3).apply(List.of(bid(1, 11, "99500"), bid(1, 12, "98000"),
                bid(1, 13, "90000"), bid(1, 14, "90000"), bid(1, 15, "97999.99"))).isEmpty());
        assertTrue(new CeilingRule(2, 60, 3).apply(List.of(bid(1, 11, "99500"), bid(1, 12, "99000"))).isEmpty());
    }

    // --- (e) repeated cancellations after the deadline (2)

    static LateCancelRule.Cancelled cancel(long owner, long notice, String deadline, String at) {
        return new LateCancelRule.Cancelled(owner, "业主", notice, "公告" + notice, Instant.parse(deadline),
                Instant.parse(at), deadline, at);
    }

    @Test
    void lateCancellationsFireAtTwo() {
        List<Finding> f = new LateCancelRule(2).apply(List.of(
                cancel(1, 10, "2026-10-01T01:00:00Z", "2026-10-02T01:00:00Z"),
                cancel(1, 11, "2026-10-05T01:00:00Z", "2026-10-05T01:00:01Z")));
        assertEquals(1, f.size());
        assertEquals("2", f.get(0).evidence().figures().get("lateCancellations"));
    }

    @Test
    void lateCancellationsJustUnder() {
        // one after the deadline, one before it (and one exactly at it, which is not after)
        assertTrue(new LateCancelRule(2).apply(List.of(
                cancel(1, 10, "2026-10-01T01:00:00Z", "2026-10-02T01:00:00Z"),
                cancel(1, 11, "2026-10-05T01:00:00Z", "2026-10-04T01:00:00Z"),
                cancel(1, 12, "2026-10-05T01:00:00Z", "2026-10-05T01:00:00Z"))).isEmpty());
    }
}
