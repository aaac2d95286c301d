package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.MariaDbProcess;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The database killed (SIGKILL) in the middle of a bid storm and started again on the same data and port (issue 14,
 * item 7a), against the test run's own MariaDB and server. Firms keep bidding over REST before, during and after the
 * outage. Every submission answered with a receipt is in the ledger after the restart (no false receipt); every other
 * answer is a refusal with the product's text in the caller's language (503: not stored / busy / database unavailable),
 * never a receipt, a bare 500 or a stack trace; while the database is away the readiness check is DOWN (503) naming the
 * outage ("the database is unreachable"); the server takes bids again once the database is back, without a restart,
 * and its readiness comes back UP.
 */
class DatabaseKillIT {

    record Answer(int status, String body, String receipt) {
    }

    private static Answer bid(WebClient web, boolean revise, long notice, int price) {
        try {
            HttpResponse<String> r = revise ? web.sendJson("PUT", EnrolmentIT.bids(notice), "{\"price\": " + price + "}")
                    : web.postJson(EnrolmentIT.bids(notice), "{\"price\": " + price + "}");
            Matcher m = BidBatcherIT.RECEIPT.matcher(r.body());
            return new Answer(r.statusCode(), r.body(), r.statusCode() / 100 == 2 && m.find() ? m.group(1) : null);
        } catch (RuntimeException | AssertionError e) {
            // no answer: the connection failed, or no answer within WebClient's 60 s (seen: a read begun on a
            // connection that died with the database, retried by EclipseLink on the same dead connection; docs/security.md)
            return new Answer(-1, String.valueOf(e), null);
        }
    }

    private static int port() {
        Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(It.dbUrl());
        assertTrue(m.find(), It.dbUrl());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void everyAcknowledgedBidSurvivesADatabaseKillAndTheOthersAreToldTheyWereNotStored() throws Exception {
        MariaDbProcess db = MariaDbProcess.onPort(port()).orElseThrow(
                () -> new AssertionError("no mariadbd with --port=" + port() + " on this machine"));
        long notice = EnrolmentIT.insertNotice("LOWEST_PRICE", BidBatcherIT.ITEM, null, "50000.00", "60000.00",
                Instant.now().plus(Duration.ofHours(2)), null);
        List<WebClient> firms = BidBatcherIT.firms(12);

        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(firms.size());
        List<Future<List<Answer>>> perFirm = new ArrayList<>();
        for (int i = 0; i < firms.size(); i++) {
            WebClient web = firms.get(i);
            int firm = i;
            perFirm.add(pool.submit(() -> {
                List<Answer> mine = new ArrayList<>();
                boolean enrolled = false;
                for (int k = 0; !stop.get(); k++) {
                    Answer a = bid(web, enrolled, notice, 59000 - firm - (k % 500));
                    enrolled |= a.receipt() != null || a.body().contains("eligibility.ALREADY_ENROLLED");
                    mine.add(a);
                    if (a.receipt() == null) {
                        Thread.sleep(50); // a client that was refused tries again shortly
                    }
                }
                return mine;
            }));
        }
        long t0 = System.nanoTime();
        Thread.sleep(2000);
        db.killHard();
        long killedAt = System.nanoTime();
        // the outage named by readiness (HAProxy takes such a node out), the node itself answering
        AuditChainHealthIT.Ready down = AuditChainHealthIT.await("readiness DOWN naming the database outage",
                r -> r.status() == 503 && r.body().contains("the database is unreachable"), 20);
        assertFalse(down.body().contains("Exception:") || down.body().contains("\tat "), "no trace: " + down.body());
        Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - killedAt) / 1_000_000));
        Path log = Path.of(System.getProperty("zjcs.fault.work", "target/fault")).toAbsolutePath()
                .resolveSibling("fault-db-kill-mariadbd.log");
        db.restart(It.dbUrl(), log, 120);
        long back = System.nanoTime();
        // bids keep coming until several were acknowledged after the restart (the pool reconnects by itself)
        Thread.sleep(5000);
        stop.set(true);
        List<Answer> all = new ArrayList<>();
        for (Future<List<Answer>> f : perFirm) {
            all.addAll(f.get());
        }
        pool.shutdown();

        Set<String> acknowledged = new HashSet<>();
        TreeMap<String, Integer> refusals = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Answer a : all) {
            if (a.receipt() != null) {
                acknowledged.add(a.receipt());
                continue;
            }
            String key = refusalKey(a.body());
            refusals.merge(a.status() + " " + key, 1, Integer::sum);
            boolean clear = (a.status() == 503 && key != null) || (a.status() == 400 && a.body().contains("\"code\""));
            if (a.status() == -1) {
                continue; // no answer at all: not a receipt (counted in the summary)
            }
            if (!clear || a.body().contains("Exception") || a.body().contains("at org.")) {
                wrong.add(a.status() + " " + a.body().substring(0, Math.min(300, a.body().length())));
            }
        }
        Set<String> ledger = BidBatcherIT.ledger(notice);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(ledger);
        System.out.printf("DatabaseKillIT: %d answers, %d receipts, %d stored, refusals %s; killed after %d ms, "
                        + "down %d ms, test %d ms%n", all.size(), acknowledged.size(), ledger.size(), refusals,
                (killedAt - t0) / 1_000_000, (back - killedAt) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(Set.of(), lost, "every submission answered with a receipt is stored after the restart");
        assertEquals(List.of(), wrong, "every other answer is a refusal with the product's text (503), never a 500 or a trace");
        assertTrue(refusals.keySet().stream().anyMatch(k -> k.startsWith("503")),
                "the outage was seen: submissions were refused as not stored " + refusals);
        assertTrue(acknowledged.size() >= firms.size(), "bids were acknowledged (before and after): " + acknowledged.size());

        // taking bids again after the restart, and the status answers UP again
        Answer after = bid(firms.get(0), true, notice, 51000);
        assertTrue(after.receipt() != null && BidBatcherIT.ledger(notice).contains(after.receipt()),
                "a bid after the restart is stored: " + after.status() + " " + after.body());
        AuditChainHealthIT.await("readiness UP after the restart",
                r -> r.status() == 200 && r.body().contains("\"status\":\"UP\""), 60);
    }

    /** The message key of a refusal, if the answer is one of the product's refusals (JSON {"code": key, ...}). */
    static String refusalKey(String body) {
        for (String key : List.of("enrolment.error.notStored", "enrolment.error.busy", "enrolment.error.unavailable",
                "service.error.databaseUnavailable")) {
            if (body.contains("\"" + key + "\"") && body.contains(Texts.zh(key))) {
                return key;
            }
        }
        return null;
    }
}
