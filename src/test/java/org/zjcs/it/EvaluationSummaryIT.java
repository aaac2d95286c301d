package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The daily 好差评 summary (evaluation_day, V53) kept by the due tracker's pass: evaluations given (one through the real
 * flow, two written as fixtures on the same day) appear in the figures after a pass and not before; a level revised
 * on appeal changes them after the next pass; a further pass changes no row. The expected figures are worked out by
 * hand below.
 */
class EvaluationSummaryIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Runs a pass of the due tracker (which folds the summary) through the test hook; its answer. */
    static String pass(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(It.baseUrl() + "/api/test/due" + query))
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static JsonObject group(String dimension, String day, long id) {
        HttpResponse<String> r = as("regulator01").get("/api/supervision/evaluations?dimension=" + dimension + "&from=" + day
                + "&to=" + day);
        assertEquals(200, r.statusCode(), r.body());
        return EvaluationStatisticsIT.group(EvaluationStatisticsIT.json(r), id);
    }

    static List<String> rows(long firm) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT department_id, day, owner_id, "
                + "service_item_id, evaluations, satisfied, bad, quality, timeliness, attitude, fees, conduct FROM evaluation_day "
                + "WHERE firm_id = ? ORDER BY department_id, day, owner_id, service_item_id")) {
            ps.setLong(1, firm);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= 12; i++) {
                        b.append(rs.getString(i)).append('|');
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    @Test
    void aPassFoldsTheDayAnAppealRefoldsItAndASecondPassChangesNothing() throws Exception {
        Object[] e = AppealIT.evaluated("Evaluation summary", "DISSATISFIED");
        long notice = (long) e[0];
        String firmUser = (String) e[1];
        long firm = (long) e[2];
        long evaluation = (long) e[3];
        String day = Fixtures.text("SELECT DATE(CONVERT_TZ(evaluated_at, '+00:00', '+08:00')) FROM evaluation WHERE id = ?",
                evaluation);
        LocalDateTime at = LocalDateTime.parse(Fixtures.text("SELECT DATE_FORMAT(evaluated_at, '%Y-%m-%dT%H:%i:%s') "
                + "FROM evaluation WHERE id = ?", evaluation));
        long owner = Fixtures.orgOf("owner01");
        long base = 920_000_000L + firm * 10;
        try (Connection c = It.db()) {
            // two more evaluations of the firm on the same day, a second before the real one (notices unknown: no item)
            for (Object[] f : new Object[][] {{base + 1, "VERY_SATISFIED", 5}, {base + 2, "SATISFIED", 4}}) {
                int s = (int) f[2];
                Fixtures.update(c, "INSERT INTO evaluation (notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, "
                        + "due_at, quality, timeliness, attitude, fees, conduct, overall_level, evaluated_at, evaluated_by) "
                        + "VALUES (?, '汇总测试项目', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'owner01')", f[0], owner, firm,
                        at.minusDays(1), at.plusDays(2), s, s, s, s, s, f[1], at.minusSeconds(1));
            }
        }
        assertNull(group("FIRM", day, firm), "the figures are those of the last pass: nothing yet");

        pass("");
        JsonObject g = group("FIRM", day, firm);
        assertNotNull(g, "folded by the pass");
        assertEquals(3, g.getInt("evaluations"));
        // satisfied: 非常满意 and 满意 = 2 of 3 → 66.7 %; 差评: the real 不满意 = 1 of 3 → 33.3 %
        assertEquals("66.7", g.getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
        assertEquals("33.3", g.getJsonNumber("badShare").bigDecimalValue().toPlainString());
        // quality (5 + 5 + 4) / 3 = 4.67 (the real one is 5, EvaluationIT.form); fees (3 + 5 + 4) / 3 = 4.00
        assertEquals("4.67", g.getJsonNumber("quality").bigDecimalValue().toPlainString());
        assertEquals("4.00", g.getJsonNumber("fees").bigDecimalValue().toPlainString());
        long department = Fixtures.number("SELECT MIN(ac.department_id) FROM notice_case nc JOIN approval_case ac "
                + "ON ac.id = nc.approval_case_id WHERE nc.notice_id = ?", notice);
        assertEquals(1, Fixtures.number("SELECT SUM(evaluations) FROM evaluation_day WHERE firm_id = ? AND department_id = ?",
                firm, department), "the real evaluation counts for the department of its case; the fixtures serve none");
        assertNotNull(group("DEPARTMENT", day, department));
        assertEquals(1, group("SERVICE_ITEM", day, ContractIT.ITEM) == null ? 0 : 1, "its service item has figures");

        // the firm appeals, the regulator revises 不满意 to 基本满意: after the next pass 3 of 3 satisfied, no 差评
        HttpResponse<String> filed = AppealIT.appeal(as(firmUser), evaluation, "The owner supplied its data late");
        assertTrue(filed.body().contains(Texts.zh("appeal.filed")), filed.body());
        long appeal = AppealIT.appealOf(evaluation);
        HttpResponse<String> revised = as("regulator01").postForm(AppealIT.regulatorPage(appeal), "decide",
                Map.of("reason", "The owner supplied its data late", "level", "BASICALLY_SATISFIED", "revise", "x"));
        assertTrue(revised.body().contains(Texts.zh("appeal.revised")), revised.body());
        assertEquals("33.3", group("FIRM", day, firm).getJsonNumber("badShare").bigDecimalValue().toPlainString(),
                "unchanged until the next pass");

        pass("");
        g = group("FIRM", day, firm);
        assertEquals(3, g.getInt("evaluations"));
        assertEquals("100.0", g.getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
        assertEquals("0.0", g.getJsonNumber("badShare").bigDecimalValue().toPlainString());

        List<String> before = rows(firm);
        assertEquals(2, before.stream().filter(r -> r.startsWith("0|")).count(), "item of the real notice, and item 0: " + before);
        pass("");
        assertEquals(before, rows(firm), "a second pass changes nothing");
        pass("?refoldFrom=" + day + "&refoldTo=" + day);
        assertEquals(before, rows(firm), "re-folding the day changes nothing");
        assertEquals("100.0", group("FIRM", day, firm).getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
    }

    @Test
    void theTestHookRefusesABadRefoldPeriod() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(It.baseUrl()
                + "/api/test/due?refoldFrom=2025-06-30&refoldTo=2025-06-01")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
    }
}
