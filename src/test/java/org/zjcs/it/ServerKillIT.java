package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.FaultServer;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The server killed ({@code kill -9} of its JVM) one second before a notice's enrolment deadline and started again ten
 * seconds later (issue 14, item 7b). Runs on a second Liberty server with its own MariaDB ({@link FaultServer}:
 * zjcsFaultServer, ports zjcs.fault.*), so the shared test server is never killed. The deadline's one-shot task dies
 * with the JVM; after the restart the start-up scan finds the missed deadline and runs it: exactly one selection, one
 * RESULT announcement carrying the proof's hash, a proof that verifies and names the stored winner, selected after the
 * deadline, and the audit chain intact.
 */
class ServerKillIT {

    static final long ITEM = SelectionIT.ITEM;

    @Test
    void killedOneSecondBeforeTheDeadlineAndRestartedTenSecondsLaterItSelectsExactlyOnce() throws Exception {
        long t0 = System.nanoTime();
        Path wlp = Path.of(System.getProperty("zjcs.it.wlp", "target/liberty/wlp")).toAbsolutePath();
        Path work = Path.of(System.getProperty("zjcs.fault.work", "target/fault")).toAbsolutePath();
        int testDbPort = Integer.parseInt(It.dbUrl().replaceFirst(".*//[^:/]+:(\\d+)/.*", "$1"));
        String mainUrl = It.baseUrl();
        String mainDb = It.dbUrl();
        try (FaultServer fault = new FaultServer(wlp, work, Integer.getInteger("zjcs.fault.db.port", 3318),
                Integer.getInteger("zjcs.fault.http.port", 9181), Integer.getInteger("zjcs.fault.https.port", 9544))) {
            fault.create(testDbPort);
            fault.start(300);
            long started = System.nanoTime();
            System.setProperty("zjcs.it.baseUrl", fault.baseUrl());
            System.setProperty("zjcs.it.db.url", fault.dbUrl());
            try {
                long notice = Fixtures.publish(as("owner01"), "Server killed " + System.nanoTime(), ITEM, "RANDOM_DRAW",
                        "90000", null, null, 3);
                List<String> firms = Fixtures.firms(3, ITEM);
                firms.forEach(f -> SelectionIT.enrol(f, notice, "{}"));
                try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                        "UPDATE notice SET enrolment_deadline = UTC_TIMESTAMP(6) + INTERVAL 6 SECOND WHERE id = ?")) {
                    ps.setLong(1, notice);
                    assertEquals(1, ps.executeUpdate());
                }
                Instant deadline = Instant.parse(text("SELECT DATE_FORMAT(enrolment_deadline, '%Y-%m-%dT%H:%i:%s.%fZ') "
                        + "FROM notice WHERE id = ?", notice));
                // the scan (every 2 s on these servers) schedules the deadline; kill one second before it
                sleepUntil(deadline.minusSeconds(1));
                Instant signalled = fault.killHard();
                Instant killedAt = Instant.now();
                assertTrue(signalled.isBefore(deadline.minusMillis(500)), "SIGKILL sent " + signalled + ", deadline " + deadline);
                assertEquals("PUBLISHED", Fixtures.status(notice), "nothing selected before the kill");
                sleepUntil(killedAt.plusSeconds(10));
                assertEquals("PUBLISHED", Fixtures.status(notice), "nothing selected while the server was down");
                long restart = System.nanoTime();
                fault.start(300);
                SelectionIT.awaitStatus(notice, "ANNOUNCED");
                long caughtUp = System.nanoTime();

                assertEquals(1, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice),
                        "exactly one selection");
                assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice),
                        "exactly one RESULT announcement");
                assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                        + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice)), "closed once");
                Instant selectedAt = Instant.parse(text("SELECT DATE_FORMAT(selected_at, '%Y-%m-%dT%H:%i:%s.%fZ') "
                        + "FROM selection_result WHERE notice_id = ?", notice));
                assertTrue(selectedAt.isAfter(killedAt.plusSeconds(10)), "selected after the restart: " + selectedAt);

                HttpResponse<String> proofJson = new WebClient().get("/api/notices/" + notice + "/proof");
                assertEquals(200, proofJson.statusCode(), proofJson.body());
                ProofVerifier.Verification v = ProofVerifier.verify(Proof.parse(proofJson.body()));
                assertTrue(v.verified(), "the proof verifies: " + v.mismatches());
                assertEquals(number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice),
                        v.recomputed().winner().firmId(), "the proof's winner is the stored winner");
                String proofHash = text("SELECT proof_hash FROM selection_result WHERE notice_id = ?", notice);
                assertEquals(proofHash, Sha256.hex(text("SELECT proof FROM selection_result WHERE notice_id = ?", notice)));
                String announced = text("SELECT content FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice);
                assertTrue(announced.contains("\"proofHash\":\"" + proofHash + "\""), "the announcement names the proof: " + announced);
                Matcher winner = Pattern.compile("\"winner\":(\\d+)").matcher(announced);
                assertTrue(winner.find() && Long.parseLong(winner.group(1)) == v.recomputed().winner().firmId(), announced);
                String ready = new WebClient().get("/health/ready").body();
                assertTrue(ready.contains("\"intact\":true"), "the audit chain is intact after the crash: " + ready);

                System.out.printf("ServerKillIT: setup %d ms, deadline %s, SIGKILL %s, gone %s, restart to announced %d ms, total %d ms%n",
                        (started - t0) / 1_000_000, deadline, signalled, killedAt, (caughtUp - restart) / 1_000_000,
                        (System.nanoTime() - t0) / 1_000_000);
            } finally {
                System.setProperty("zjcs.it.baseUrl", mainUrl);
                System.setProperty("zjcs.it.db.url", mainDb);
            }
        }
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
