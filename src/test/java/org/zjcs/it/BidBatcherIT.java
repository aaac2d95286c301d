package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The group commit of bids against the real server and database: many firms bidding at once over REST are all
 * answered with receipts, each acknowledged submission is stored exactly once, the receipt that counts is each firm's
 * last, nothing is accepted at or after the deadline, and the meters on /metrics count what happened.
 */
class BidBatcherIT {

    /** 水土保持方案编制: no qualification requirement. */
    static final long ITEM = 3;
    static final Pattern RECEIPT = Pattern.compile("\"receiptHash\":\"([0-9a-f]{64})\"");
    static final Pattern SUBMITTED = Pattern.compile("\"submittedAt\":\"([^\"]+)\"");

    record Answer(int firm, int status, String body, String receipt, Instant submittedAt) {
    }

    static Answer answer(int firm, HttpResponse<String> r) {
        Matcher m = RECEIPT.matcher(r.body());
        Matcher t = SUBMITTED.matcher(r.body());
        boolean ok = m.find() && t.find();
        return new Answer(firm, r.statusCode(), r.body(), ok ? m.group(1) : null, ok ? Instant.parse(t.group(1)) : null);
    }

    static List<WebClient> firms(int n) throws Exception {
        List<String> names = Fixtures.firms(n, ITEM);
        ExecutorService logins = Executors.newFixedThreadPool(8);
        try {
            List<Future<WebClient>> f = new ArrayList<>();
            names.forEach(u -> f.add(logins.submit(() -> Fixtures.asRetrying(u))));
            List<WebClient> out = new ArrayList<>();
            for (Future<WebClient> x : f) {
                out.add(x.get());
            }
            return out;
        } finally {
            logins.shutdown();
        }
    }

    static Set<String> ledger(long notice) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT s.receipt_hash FROM enrolment_submission s "
                + "JOIN enrolment e ON e.id = s.enrolment_id WHERE e.notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(out.add(rs.getString(1)), "a submission stored twice");
                }
            }
        }
        return out;
    }

    @Test
    void manyFirmsBiddingAtOnceAreAllAcknowledgedAndEachBidIsStoredOnce() throws Exception {
        long notice = EnrolmentIT.insertNotice("LOWEST_PRICE", ITEM, null, "50000.00", "60000.00",
                Instant.now().plus(Duration.ofHours(2)), null);
        List<WebClient> firms = firms(30);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<List<Answer>>> perFirm = new ArrayList<>();
        for (int i = 0; i < firms.size(); i++) {
            int firm = i;
            WebClient web = firms.get(i);
            perFirm.add(pool.submit(() -> {
                List<Answer> mine = new ArrayList<>();
                mine.add(answer(firm, web.postJson(EnrolmentIT.bids(notice), "{\"price\": 59000}")));
                for (int k = 1; k <= 3; k++) {
                    mine.add(answer(firm, web.sendJson("PUT", EnrolmentIT.bids(notice), "{\"price\": " + (59000 - k * 100 - firm) + "}")));
                }
                return mine;
            }));
        }
        List<Answer> all = new ArrayList<>();
        Map<Integer, Answer> last = new HashMap<>();
        for (Future<List<Answer>> f : perFirm) {
            List<Answer> mine = f.get();
            all.addAll(mine);
            last.put(mine.get(0).firm(), mine.get(mine.size() - 1));
        }
        pool.shutdown();
        for (Answer a : all) {
            assertTrue((a.status() == 201 || a.status() == 200) && a.receipt() != null, a.status() + " " + a.body());
        }
        Set<String> acknowledged = new HashSet<>();
        all.forEach(a -> acknowledged.add(a.receipt()));
        assertEquals(120, acknowledged.size(), "a receipt of its own for every submission");
        assertEquals(acknowledged, ledger(notice), "every acknowledged submission stored exactly once, nothing else");
        Set<String> counting = new HashSet<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT receipt_hash, submissions FROM enrolment WHERE notice_id = ? AND status = 'ACTIVE'")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counting.add(rs.getString(1));
                    assertEquals(4, rs.getInt(2));
                }
            }
        }
        Set<String> expected = new HashSet<>();
        last.values().forEach(a -> expected.add(a.receipt()));
        assertEquals(expected, counting, "each firm's last receipt counts");
    }

    @Test
    void nothingIsAcceptedAtOrAfterTheDeadlineWhileBidsKeepComing() throws Exception {
        List<WebClient> firms = firms(12);
        Instant deadline = Instant.now().plusSeconds(3);
        long notice = EnrolmentIT.insertNotice("LOWEST_PRICE", ITEM, null, "50000.00", "60000.00", deadline, null);
        Instant stopAt = deadline.plusSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(firms.size());
        List<Future<List<Answer>>> perFirm = new ArrayList<>();
        for (int i = 0; i < firms.size(); i++) {
            int firm = i;
            WebClient web = firms.get(i);
            perFirm.add(pool.submit(() -> {
                List<Answer> mine = new ArrayList<>();
                boolean enrolled = false;
                while (Instant.now().isBefore(stopAt)) {
                    Answer a = answer(firm, enrolled ? web.sendJson("PUT", EnrolmentIT.bids(notice), "{\"price\": 55000}")
                            : web.postJson(EnrolmentIT.bids(notice), "{\"price\": 55000}"));
                    enrolled |= a.receipt() != null;
                    mine.add(a);
                }
                return mine;
            }));
        }
        List<Answer> all = new ArrayList<>();
        for (Future<List<Answer>> f : perFirm) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Instant stored = Instant.parse(Fixtures.text("SELECT DATE_FORMAT(enrolment_deadline, '%Y-%m-%dT%H:%i:%s.%fZ') "
                + "FROM notice WHERE id = ?", notice));
        Set<String> acknowledged = new HashSet<>();
        int closed = 0;
        for (Answer a : all) {
            if (a.receipt() != null) {
                assertTrue(a.submittedAt().isBefore(stored), "accepted at " + a.submittedAt() + ", deadline " + stored);
                acknowledged.add(a.receipt());
            } else {
                assertEquals(400, a.status(), a.body());
                assertTrue(a.body().contains(Texts.zh("enrolment.error.closed")), a.body());
                closed++;
            }
        }
        assertTrue(closed > 0 && !acknowledged.isEmpty(), "bids both before and after the deadline");
        assertEquals(acknowledged, ledger(notice));
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM enrolment_submission s JOIN enrolment e ON e.id = s.enrolment_id "
                + "JOIN notice n ON n.id = e.notice_id WHERE e.notice_id = ? AND s.submitted_at >= n.enrolment_deadline", notice));
    }

    static double meter(String name, String labels) {
        String text = new WebClient().get("/metrics?scope=application").body();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.Ee+-]+)$").matcher(text);
        while (m.find()) {
            if (labels == null || m.group(1).contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    @Test
    void metricsCountAcknowledgedAndRefusedBids() throws Exception {
        HttpResponse<String> metrics = new WebClient().get("/metrics");
        assertEquals(200, metrics.statusCode(), "/metrics answers without a login");
        long notice = EnrolmentIT.insertNotice("LOWEST_PRICE", ITEM, null, "50000.00", "60000.00",
                Instant.now().plus(Duration.ofHours(2)), null);
        WebClient firm = Fixtures.as(Fixtures.firm(ITEM));
        double acknowledged = meter("zjcs_bids_acknowledged_total", null);
        double outOfRange = meter("zjcs_bids_refused_total", "reason=\"enrolment.error.priceRange\"");
        assertEquals(201, firm.postJson(EnrolmentIT.bids(notice), "{\"price\": 55000}").statusCode());
        assertEquals(400, firm.sendJson("PUT", EnrolmentIT.bids(notice), "{\"price\": 70000}").statusCode());
        assertEquals(acknowledged + 1, meter("zjcs_bids_acknowledged_total", null), 0.0001);
        assertEquals(outOfRange + 1, meter("zjcs_bids_refused_total", "reason=\"enrolment.error.priceRange\""), 0.0001);
        String text = new WebClient().get("/metrics?scope=application").body();
        assertTrue(text.contains("zjcs_bid_queue_depth"), "the queue depth is published");
        assertTrue(text.contains("zjcs_bid_batch_size"), "the batch sizes are published");
    }
}
