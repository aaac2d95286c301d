package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The board at large scale (docs/performance.md "Supervision board"), NOT part of CI: run alone with
 * {@code -Dit.test=SupervisionBoardBenchIT -Dzjcs.bench.board=true}. Fills due_item with ~1 M generated rows over three
 * years (about 3 % still open), folds their step-time histogram (due_step_day, as the backfill does), prints the plans
 * (EXPLAIN) and single-statement times of the board's queries and times each board request over HTTP as a regulator,
 * an approval department and the operator (median and max of 7 after 2 warm-ups, and the median as a ratio to the
 * no-work endpoint /health/live of the same server in the same run), into target/board-bench.txt. Size with
 * {@code -Dzjcs.bench.board.thousands=N} (default 1000: 1 M rows).
 */
@EnabledIfSystemProperty(named = "zjcs.bench.board", matches = "true")
class SupervisionBoardBenchIT {

    static final String KINDS = "'REGISTRATION_REVIEW','QUALIFICATION_REVIEW','OBJECTION_ANSWER','CONTRACT_UPLOAD',"
            + "'CONTRACT_ANSWER','DELIVERABLE','OWNER_ACCEPTANCE','DEPARTMENT_CHECK','QUALITY_RATING','EVALUATION',"
            + "'APPEAL_REVIEW','COMPLAINT_ANSWER'";

    /** The server's today: a Beijing date (the periods are Beijing dates; a UTC date is a day behind after 16:00 UTC). */
    static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    final StringBuilder out = new StringBuilder();

    @Test
    void theBoardAtAMillionRows() throws Exception {
        int thousands = Integer.getInteger("zjcs.bench.board.thousands", 1000);
        long t0 = System.nanoTime();
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            // the server's start-up pass must be over first: a pass removes open items whose source does not exist (the
            // generated ones), and on a loaded machine it can still be running when the tests start
            long waitUntil = System.currentTimeMillis() + 600_000;
            while (count(s, "SELECT COUNT(*) FROM due_watermark WHERE (kind = '~PASS' AND position = '') "
                    + "OR (kind = 'STEPS.BACKFILL' AND position = 'done')") < 2) {
                assertTrue(System.currentTimeMillis() < waitUntil, "the start-up pass did not end in 10 minutes");
                Thread.sleep(2000);
            }
            s.execute("CREATE TABLE IF NOT EXISTS bench_seq (n INT NOT NULL PRIMARY KEY)");
            s.execute("DELETE FROM bench_seq");
            StringBuilder v = new StringBuilder("INSERT INTO bench_seq (n) VALUES ");
            for (int i = 0; i < 1000; i++) {
                v.append(i == 0 ? "" : ",").append('(').append(i).append(')');
            }
            s.execute(v.toString());
            for (int part = 0; part < thousands; part += 50) {
                // i = a * 1000 + b; 50 000 rows a statement; ref_id far above any real row
                s.execute("INSERT INTO due_item (kind, ref_id, party_type, party_id, firm_id, owner_id, department_id, "
                        + "service_item_id, region_code, notice_id, case_number, opened_at, due_at, done_at, late, duration_seconds, updated_at) "
                        + "SELECT kind, 8000000000 + i, party, CASE party WHEN 'OPERATOR' THEN NULL WHEN 'DEPARTMENT' THEN dept "
                        + "WHEN 'FIRM' THEN firm ELSE owner END, firm, owner, dept, item, region, NULL, NULL, opened, due, "
                        + "done, CASE WHEN done IS NULL THEN NULL WHEN done > due THEN 1 ELSE 0 END, "
                        + "CASE WHEN done IS NULL THEN NULL ELSE TIMESTAMPDIFF(SECOND, opened, done) END, UTC_TIMESTAMP(6) FROM ("
                        + "SELECT i, ELT(1 + i % 12, " + KINDS + ") kind, "
                        + "ELT(1 + i % 12, 'OPERATOR','OPERATOR','OWNER','OWNER','FIRM','FIRM','OWNER','DEPARTMENT','OWNER','OWNER','REGULATOR','REGULATOR') party, "
                        + "100000 + i % 40 dept, 200000 + i % 2000 owner, 300000 + i % 5000 firm, 1 + i % 30 item, "
                        + "CONCAT('6101', LPAD(i % 20, 2, '0')) region, o opened, o + INTERVAL (1 + i % 10) DAY due, "
                        + "CASE WHEN i % 33 = 0 THEN NULL ELSE o + INTERVAL ((i * 7919) % 1000000) SECOND END done FROM ("
                        + "SELECT a.n * 1000 + b.n i, UTC_TIMESTAMP(6) - INTERVAL ((a.n * 1000 + b.n) % 1095) DAY "
                        + "- INTERVAL ((a.n * 1000 + b.n) % 86400) SECOND o FROM bench_seq a CROSS JOIN bench_seq b "
                        + "WHERE a.n >= " + part + " AND a.n < " + Math.min(thousands, part + 50) + ") x) y");
            }
            s.execute("ANALYZE TABLE due_item");
            line("rows in due_item: " + count(s, "SELECT COUNT(*) FROM due_item") + ", open: "
                    + count(s, "SELECT COUNT(*) FROM due_item WHERE done_at IS NULL") + " (filled in "
                    + (System.nanoTime() - t0) / 1_000_000_000 + " s)");
            // the step-time histogram of the generated rows: the backfill's own fold, 31 days a transaction (the test
            // hook, not a pass: a pass would remove the generated open items, whose sources do not exist)
            long t1 = System.nanoTime();
            EvaluationSummaryIT.pass("/steps?from=" + TODAY.minusDays(1100) + "&to=" + TODAY);
            s.execute("ANALYZE TABLE due_step_day");
            line("due_step_day folded from the closed rows (1,100 days) in " + (System.nanoTime() - t1) / 1_000_000 + " ms: "
                    + count(s, "SELECT COUNT(*) FROM due_step_day") + " rows, of which department 0 (everyone) "
                    + count(s, "SELECT COUNT(*) FROM due_step_day WHERE department_id = 0") + ", 366 days of them "
                    + count(s, "SELECT COUNT(*) FROM due_step_day WHERE department_id = 0 AND day > DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL 366 DAY")
                    + "; due_step_month " + count(s, "SELECT COUNT(*) FROM due_step_month") + " rows");
            line("");
            explain(s);
            sqlTimes(s);
        }
        time();
        Files.writeString(Path.of("target", "board-bench.txt"), out);
        System.out.println(out);
    }

    private void explain(Statement s) throws Exception {
        String now = "UTC_TIMESTAMP(6)";
        Map<String, String> plans = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            plans.put("counts by " + d, counts(d, ""));
        }
        plans.put("counts by firm, one kind", counts("firm_id", " AND kind = 'EVALUATION'"));
        plans.put("counts by firm, a department's scope", counts("firm_id", " AND department_id = 100007"));
        plans.put("step times, 366 days (histogram)", STEPS + "366 DAY GROUP BY kind, bucket");
        plans.put("list, first page", "SELECT id FROM due_item WHERE done_at IS NULL ORDER BY due_at, id LIMIT 21");
        plans.put("list, a department", "SELECT id FROM due_item WHERE done_at IS NULL AND department_id = 100007 ORDER BY due_at, id LIMIT 21");
        plans.put("trend opened, 366 days", "SELECT DATE(opened_at + INTERVAL 8 HOUR) d, COUNT(*) FROM due_item WHERE opened_at >= "
                + now + " - INTERVAL 366 DAY AND opened_at < " + now + " GROUP BY d");
        plans.put("trend closed, 366 days", "SELECT DATE(done_at + INTERVAL 8 HOUR) d, COUNT(*), SUM(late) FROM due_item WHERE done_at >= "
                + now + " - INTERVAL 366 DAY AND done_at < " + now + " GROUP BY d");
        for (Map.Entry<String, String> p : plans.entrySet()) {
            line("EXPLAIN " + p.getKey() + ":");
            try (ResultSet rs = s.executeQuery("EXPLAIN " + p.getValue())) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (String col : List.of("table", "type", "key", "rows", "Extra")) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            if (md.getColumnLabel(i).equalsIgnoreCase(col)) {
                                cells.add(col + "=" + rs.getString(i));
                            }
                        }
                    }
                    line("  " + String.join(" | ", cells));
                }
            }
        }
        line("");
    }

    static final List<String> DIMENSIONS = List.of("party_type", "department_id", "owner_id", "firm_id", "service_item_id",
            "region_code");
    static final String STEPS = "SELECT kind, bucket, SUM(n), SUM(late_n) FROM due_step_day WHERE department_id = 0 "
            + "AND day <= DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) AND day > DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL ";

    /** The board's counts statement by a dimension column (as BoardQueries writes it), with extra conditions. */
    static String counts(String column, String where) {
        String now = "UTC_TIMESTAMP(6)";
        return "SELECT " + column + ", COUNT(*), SUM(CASE WHEN due_at < " + now + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN due_at >= " + now + " AND due_at < " + now + " + INTERVAL 24 HOUR THEN 1 ELSE 0 END) "
                + "FROM due_item WHERE done_at IS NULL" + where + " GROUP BY " + column + " ORDER BY 3 DESC, 2 DESC LIMIT 200";
    }

    /** Single statements over JDBC, best of 3. */
    private void sqlTimes(Statement s) throws Exception {
        Map<String, String> sql = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            sql.put("counts by " + d, counts(d, ""));
        }
        sql.put("totals (no dimension)", counts("'ALL'", "").replace(" GROUP BY 'ALL'", " GROUP BY 1"));
        sql.put("step times, 90 days, day rows only", STEPS + "90 DAY GROUP BY kind, bucket");
        sql.put("step times, 366 days, day rows only", STEPS + "366 DAY GROUP BY kind, bucket");
        sql.put("step times, 366 days, one department, day rows only", STEPS.replace("department_id = 0", "department_id = 100007")
                + "366 DAY GROUP BY kind, bucket");
        sql.put("step times, 11 whole months (month rows, as a 366-day period reads them besides its ~30 end days)",
                "SELECT kind, bucket, SUM(n), SUM(late_n) FROM due_step_month WHERE department_id = 0 AND month >= "
                + "DATE_FORMAT(DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL 11 MONTH, '%Y-%m-01') GROUP BY kind, bucket");
        line("| statement (JDBC, best of 3) | ms |");
        line("|---|---|");
        for (Map.Entry<String, String> e : sql.entrySet()) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery(e.getValue())) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
            }
            line("| " + e.getKey() + " | " + best + " |");
        }
        line("");
    }

    private long baseline;

    private void time() throws Exception {
        WebClient regulator = as("regulator01");
        WebClient approver = as("approver01");
        WebClient operator = as("operator01");
        // every request as a ratio to a no-work endpoint of the same server, in the same run (absolute times move with
        // the machine's load); the baseline is measured at the start and again at the end
        baseline = median(new WebClient(), "/health/live");
        line("baseline GET /health/live: median " + baseline + " ms");
        // the approval department of the demo has no generated rows: look at a generated department as a regulator
        line("| request | who | median ms | max ms | median / baseline |");
        line("|---|---|---|---|---|");
        row("GET /regulator/board.xhtml (whole page: totals, counts, list, step times and trends of 90 days)", "regulator", regulator, "/regulator/board.xhtml");
        row("GET /regulator/board.xhtml?from=(366 days)&gran=WEEK", "regulator", regulator, "/regulator/board.xhtml?from="
                + TODAY.minusDays(365) + "&gran=WEEK");
        for (String d : List.of("PARTY_TYPE", "DEPARTMENT", "OWNER", "FIRM", "SERVICE_ITEM", "REGION")) {
            row("GET /api/supervision/board/counts?dimension=" + d, "regulator", regulator, "/api/supervision/board/counts?dimension=" + d);
        }
        row("GET /api/supervision/board/items", "regulator", regulator, "/api/supervision/board/items");
        row("GET /api/supervision/board/items?dimension=DEPARTMENT&value=100007&state=OVERDUE", "regulator", regulator,
                "/api/supervision/board/items?dimension=DEPARTMENT&value=100007&state=OVERDUE");
        row("GET /api/supervision/board/step-times (90 days)", "regulator", regulator, "/api/supervision/board/step-times");
        row("GET /api/supervision/board/step-times (366 days)", "regulator", regulator, "/api/supervision/board/step-times?from="
                + TODAY.minusDays(365));
        row("GET /api/supervision/board/trends (366 days, weekly)", "regulator", regulator, "/api/supervision/board/trends?granularity=WEEK&from="
                + TODAY.minusDays(365));
        row("GET /api/supervision/board/counts?dimension=FIRM", "operator", operator, "/api/supervision/board/counts?dimension=FIRM");
        row("GET /approval/board.xhtml (whole page)", "approver", approver, "/approval/board.xhtml");
        line("");
        line("baseline GET /health/live again, at the end: median " + median(new WebClient(), "/health/live") + " ms");
    }

    private static List<Long> times(WebClient client, String path) {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.get(path);
            long took = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            if (i >= 2) {
                ms.add(took);
            }
        }
        ms.sort(null);
        return ms;
    }

    private static long median(WebClient client, String path) {
        List<Long> ms = times(client, path);
        return ms.get(ms.size() / 2);
    }

    private void row(String label, String who, WebClient client, String path) {
        List<Long> ms = times(client, path);
        long median = ms.get(ms.size() / 2);
        line("| `" + label + "` | " + who + " | " + median + " | " + ms.get(ms.size() - 1) + " | "
                + String.format(java.util.Locale.ROOT, "%.1f", median / (double) Math.max(1, baseline)) + " |");
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
        try {
            Files.writeString(Path.of("target", "board-bench.txt"), out);   // as it goes: a failure later keeps the figures
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
