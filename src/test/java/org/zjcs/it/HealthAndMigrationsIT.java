package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** The server started, Flyway applied every migration and the demo data, and /health and /openapi say so. */
class HealthAndMigrationsIT {

    private final WebClient web = new WebClient();

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        HttpResponse<String> r = web.get("/health");
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body().replace(" ", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.contains("\"pendingMigrations\":0"), body);
    }

    @Test
    void everySchemaMigrationAndTheDemoDataAreApplied() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            List<String> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
                    versions.add(rs.getString(1));
                }
            }
            assertEquals(List.of("1", "2", "3", "5"), versions);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_demo_history WHERE version = '1' AND success")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the demo data is applied in demo mode");
            }
        }
    }

    @Test
    void referenceDataHoldsTheRegionsAndTheHolidays() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            assertEquals("陕西省", one(s, "SELECT name FROM region WHERE code = '610000'"));
            assertEquals("610100", one(s, "SELECT parent_code FROM region WHERE code = '610102'"));
            assertEquals("新城区", one(s, "SELECT name FROM region WHERE code = '610102'"));
            assertTrue(Integer.parseInt(one(s, "SELECT COUNT(*) FROM region")) > 3000, "all of China is loaded");
            assertEquals("2", one(s, "SELECT COUNT(*) FROM calendar_year WHERE year IN (2025, 2026)"));
            assertEquals("WORKDAY", one(s, "SELECT kind FROM calendar_day WHERE day = '2025-10-11'"));
        }
    }

    @Test
    void openApiDescribesTheApi() {
        HttpResponse<String> r = web.get("/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/calendar/add"), r.body());
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
