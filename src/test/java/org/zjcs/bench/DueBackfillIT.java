package org.zjcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;

/**
 * The due model's backfill on generated data (issue 17 part 1): a server started on a generator database with an empty
 * {@code due_item} fills it at start-up from history, closed items included. Runs only when asked, against the perf
 * profile's server: {@code mvn -Pperf verify -Dzjcs.gen.scale=small -Dit.test=DueBackfillIT -Dzjcs.due.backfill=true}.
 * Prints the items per kind and how long the backfill took (from the rows' own update times).
 */
class DueBackfillIT {

    @Test
    void theStartUpPassFillsDueItemsFromTheGeneratedHistory() throws Exception {
        assumeTrue(Boolean.getBoolean("zjcs.due.backfill"), "only with -Dzjcs.due.backfill=true (perf profile)");
        long deadline = System.currentTimeMillis() + 40 * 60_000L;
        long last = -1;
        while (true) {
            long count = number("SELECT COUNT(*) FROM due_item");
            boolean free = number("SELECT COUNT(*) FROM due_watermark WHERE kind = '~PASS' AND position = ''") == 1;
            if (free && count > 0 && count == last) {
                break;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the backfill did not end in 40 minutes: " + count + " items");
            last = count;
            Thread.sleep(10_000);
        }
        Map<String, String> perKind = new LinkedHashMap<>();
        try (Connection c = It.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT kind, COUNT(*), SUM(done_at IS NOT NULL), SUM(late = 1) FROM due_item GROUP BY kind ORDER BY kind")) {
            while (rs.next()) {
                perKind.put(rs.getString(1), rs.getLong(2) + " items, " + rs.getLong(3) + " closed, " + rs.getLong(4) + " late");
            }
        }
        long seconds = number("SELECT TIMESTAMPDIFF(SECOND, MIN(updated_at), MAX(updated_at)) FROM due_item");
        System.out.println("Due backfill: " + number("SELECT COUNT(*) FROM due_item") + " items in about " + seconds
                + " s (first to last row written), notices " + number("SELECT COUNT(*) FROM notice"));
        perKind.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        for (String kind : new String[] {"CONTRACT_ANSWER", "DELIVERABLE", "OWNER_ACCEPTANCE", "DEPARTMENT_CHECK", "EVALUATION"}) {
            assertTrue(perKind.containsKey(kind), "closed items of " + kind + ": " + perKind);
        }
        assertEquals(0, number("SELECT COUNT(*) FROM due_item WHERE done_at IS NOT NULL AND late IS NULL"));
    }

    private static long number(String sql) throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
