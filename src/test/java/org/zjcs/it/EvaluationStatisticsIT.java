package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The 好差评 statistics and the 差评 ledger against the running server: a fresh firm's figures over a June period
 * (evaluations and closed due steps inserted with known values, the expected figures worked out by hand below), its
 * bad evaluation made through the real flow (owner01's DISSATISFIED over REST) counted for department 3001 and listed in
 * the ledger, where a regulator records the follow-up (audited, once); the firm sees only its own figures; bad periods
 * and dimensions are a message; other roles get 403.
 */
class EvaluationStatisticsIT {

    static final String JUNE = "from=2025-06-01&to=2025-06-30";
    static long firmId;
    static String firmUser;
    static String firmName;
    static long notice;
    static long realEvaluation;
    static long e2;
    static long e3;
    static long e4;
    static String today;

    static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    static long insertEvaluation(Connection c, long owner, long fakeNotice, String level, String revised, int... aspects)
            throws Exception {
        Fixtures.update(c, "INSERT INTO evaluation (notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, "
                + "due_at, quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by, "
                + "revised_level) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'owner01', ?)",
                fakeNotice, "统计测试项目 " + fakeNotice, owner, firmId, LocalDateTime.of(2025, 6, 2, 2, 0),
                LocalDateTime.of(2025, 6, 5, 2, 0), aspects[0], aspects[1], aspects[2], aspects[3], aspects[4], level,
                "统计测试的私密评语", LocalDateTime.of(2025, 6, 3, 2, 0).plusMinutes(fakeNotice % 1000), revised);
        return Fixtures.number("SELECT id FROM evaluation WHERE notice_id = ?", fakeNotice);
    }

    static void insertDue(Connection c, long ref, LocalDateTime done, Integer late) throws Exception {
        LocalDateTime opened = LocalDateTime.of(2025, 5, 20, 0, 0);
        // a closed item has its duration, as the tracker writes it (DueModelIT checks every closed item)
        Long duration = done == null ? null : java.time.Duration.between(opened, done).getSeconds();
        Fixtures.update(c, "INSERT INTO due_item (kind, ref_id, party_type, party_id, firm_id, opened_at, due_at, done_at, late, "
                + "duration_seconds, updated_at) VALUES ('DELIVERABLE', ?, 'FIRM', ?, ?, ?, ?, ?, ?, ?, ?)", ref, firmId, firmId,
                opened, LocalDateTime.of(2025, 6, 10, 0, 0), done, late, duration, LocalDateTime.of(2025, 6, 1, 0, 0));
    }

    @BeforeAll
    static void evaluations() throws Exception {
        Object[] a = EvaluationIT.accepted("Evaluation statistics");
        notice = (long) a[0];
        firmUser = (String) a[1];
        firmId = Fixtures.orgOf(firmUser);
        firmName = Fixtures.text("SELECT name FROM organisation WHERE id = ?", firmId);
        HttpResponse<String> bad = as("owner01").postJson(EvaluationApiIT.evaluation(notice),
                "{\"quality\": 2, \"timeliness\": 2, \"attitude\": 3, \"fees\": 3, \"conduct\": 2, \"level\": \"DISSATISFIED\", "
                        + "\"comment\": \"成果多处数据错误\"}");
        assertEquals(201, bad.statusCode(), bad.body());
        realEvaluation = Fixtures.number("SELECT id FROM evaluation WHERE notice_id = ?", notice);
        today = Fixtures.text("SELECT DATE(CONVERT_TZ(evaluated_at, '+00:00', '+08:00')) FROM evaluation WHERE id = ?", realEvaluation);

        long owner = Fixtures.orgOf("owner01");
        long base = 900_000_000L + firmId * 10;
        try (Connection c = It.db()) {
            // June 2025, four evaluations of the fresh firm (aspects quality, timeliness, attitude, fees, conduct):
            insertEvaluation(c, owner, base + 1, "VERY_SATISFIED", null, 5, 5, 5, 5, 5);
            e2 = insertEvaluation(c, owner, base + 2, "SATISFIED", null, 4, 4, 4, 4, 4);
            e3 = insertEvaluation(c, owner, base + 3, "DISSATISFIED", null, 2, 3, 2, 3, 2);
            // given 非常不满意, revised on appeal to 基本满意: counts as satisfied
            e4 = insertEvaluation(c, owner, base + 4, "VERY_DISSATISFIED", "BASICALLY_SATISFIED", 1, 1, 1, 1, 1);
            Fixtures.update(c, "INSERT INTO evaluation_appeal (evaluation_id, firm_id, reasons, filed_at, filed_by, status, "
                    + "original_level, revised_level, decision_reason, decided_at, decided_by) VALUES (?, ?, '评价与事实不符', ?, ?, "
                    + "'REVISED', 'VERY_DISSATISFIED', 'BASICALLY_SATISFIED', '经核实，逾期系业主原因', ?, 'regulator01')",
                    e4, firmId, LocalDateTime.of(2025, 6, 4, 2, 0), firmUser, LocalDateTime.of(2025, 6, 9, 2, 0));
            // the firm's due steps: four closed in June (one late), one closed in July (late), one still open
            insertDue(c, base + 1, LocalDateTime.of(2025, 6, 11, 0, 0), 0);
            insertDue(c, base + 2, LocalDateTime.of(2025, 6, 12, 0, 0), 0);
            insertDue(c, base + 3, LocalDateTime.of(2025, 6, 13, 0, 0), 1);
            insertDue(c, base + 4, LocalDateTime.of(2025, 6, 14, 0, 0), 0);
            insertDue(c, base + 5, LocalDateTime.of(2025, 7, 2, 0, 0), 1);
            insertDue(c, base + 6, null, null);
        }
        // the figures are read from the daily summary: fold June 2025 (fixtures behind its watermark) and today
        EvaluationSummaryIT.pass("?refoldFrom=2025-06-01&refoldTo=2025-06-30");
    }

    static JsonObject group(JsonObject stats, long id) {
        for (JsonValue v : stats.getJsonArray("groups")) {
            JsonObject g = v.asJsonObject();
            if (!g.isNull("id") && g.getJsonNumber("id").longValue() == id) {
                return g;
            }
        }
        return null;
    }

    @Test
    void aRegulatorReadsTheFirmsFiguresWorkedOutByHand() {
        HttpResponse<String> r = as("regulator01").get("/api/supervision/evaluations?dimension=FIRM&" + JUNE);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject g = group(json(r), firmId);
        assertNotNull(g, r.body());
        assertEquals(4, g.getInt("evaluations"));
        // satisfied: 非常满意, 满意, and 基本满意 (revised) = 3 of 4 → 75.0 %; 差评: 不满意 = 1 of 4 → 25.0 %
        assertEquals("75.0", g.getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
        assertEquals("25.0", g.getJsonNumber("badShare").bigDecimalValue().toPlainString());
        // quality (5+4+2+1)/4 = 3.00; timeliness (5+4+3+1)/4 = 3.25; attitude 12/4 = 3.00; fees 13/4 = 3.25; conduct 3.00
        assertEquals("3.00", g.getJsonNumber("quality").bigDecimalValue().toPlainString());
        assertEquals("3.25", g.getJsonNumber("timeliness").bigDecimalValue().toPlainString());
        assertEquals("3.00", g.getJsonNumber("attitude").bigDecimalValue().toPlainString());
        assertEquals("3.25", g.getJsonNumber("fees").bigDecimalValue().toPlainString());
        assertEquals("3.00", g.getJsonNumber("conduct").bigDecimalValue().toPlainString());
        // due steps closed in June: 4, of which 3 on time → 75.0 % (July's and the open one do not count)
        assertEquals(4, g.getInt("closedDueItems"));
        assertEquals("75.0", g.getJsonNumber("onTimeRate").bigDecimalValue().toPlainString());
        assertEquals(firmName, g.getString("name"));

        HttpResponse<String> operator = as("operator01").get("/api/supervision/evaluations?dimension=OWNER&" + JUNE);
        assertEquals(200, operator.statusCode(), operator.body());
    }

    @Test
    void theRealBadEvaluationCountsForTheDepartmentOfItsCase() throws Exception {
        String period = "from=" + today + "&to=" + today;
        long department = Fixtures.number("SELECT MIN(ac.department_id) FROM notice_case nc JOIN approval_case ac "
                + "ON ac.id = nc.approval_case_id WHERE nc.notice_id = ?", notice);
        HttpResponse<String> r = as("regulator01").get("/api/supervision/evaluations?dimension=DEPARTMENT&" + period);
        assertEquals(200, r.statusCode(), r.body());
        assertNotNull(group(json(r), department), r.body());
        HttpResponse<String> items = as("regulator01").get("/api/supervision/evaluations?dimension=SERVICE_ITEM&" + period);
        assertNotNull(group(json(items), ContractIT.ITEM), items.body());

        if (department == Fixtures.orgOf("approver01")) {
            // the department's staff see the evaluations of notices serving its cases: the fresh firm's one, 差评
            HttpResponse<String> page = as("approver01").get("/approval/statistics.xhtml?dimension=FIRM&" + period);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(firmName), page.body());
            assertTrue(page.body().contains("satisfaction-chart"), "the chart is on the page");
        }
    }

    @Test
    void theLedgerFollowsEachBadEvaluationAndARegulatorRecordsTheFollowUpOnce() throws Exception {
        HttpResponse<String> june = as("regulator01").get("/api/supervision/evaluations/ledger?firm=" + firmId + "&" + JUNE);
        assertEquals(200, june.statusCode(), june.body());
        JsonArray lines = json(june).getJsonArray("items");
        assertEquals(2, lines.size(), june.body()); // 不满意 (e3) and 非常不满意 revised (e4); the satisfied ones are no 差评
        assertEquals(e4, lines.getJsonObject(0).getJsonNumber("evaluationId").longValue(), "newest first");
        assertEquals("REVOKED", lines.getJsonObject(0).getString("state"));
        assertEquals("经核实，逾期系业主原因", lines.getJsonObject(0).getString("appealDecision"));
        assertEquals("TO_RECTIFY", lines.getJsonObject(1).getString("state"));
        assertEquals("统计测试的私密评语", lines.getJsonObject(1).getString("comment"), "regulators read the comment");

        HttpResponse<String> toRectify = as("regulator01").get("/api/supervision/evaluations/ledger?state=TO_RECTIFY&firm="
                + firmId + "&" + JUNE);
        assertEquals(1, json(toRectify).getJsonArray("items").size(), toRectify.body());
        HttpResponse<String> operator = as("operator01").get("/api/supervision/evaluations/ledger?firm=" + firmId + "&" + JUNE);
        assertEquals(200, operator.statusCode(), operator.body());
        JsonObject seen = json(operator).getJsonArray("items").getJsonObject(1);
        assertTrue(!seen.containsKey("comment") || seen.isNull("comment"), "operators do not read the comment: " + seen);

        String period = "from=" + today + "&to=" + today;
        HttpResponse<String> now = as("regulator01").get("/api/supervision/evaluations/ledger?firm=" + firmId + "&" + period);
        JsonObject line = json(now).getJsonArray("items").getJsonObject(0);
        assertEquals(realEvaluation, line.getJsonNumber("evaluationId").longValue(), now.body());
        assertEquals("APPEALABLE", line.getString("state"), "the appeal period still runs");

        String followUp = "/api/supervision/evaluations/ledger/" + realEvaluation + "/follow-up";
        HttpResponse<String> empty = as("regulator01").postJson(followUp, "{\"note\": \"  \"}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("evalstat.error.noteRequired"), empty.body());
        assertEquals(403, as(firmUser).postJson(followUp, "{\"note\": \"自己整改\"}").statusCode());

        HttpResponse<String> done = as("regulator01").postJson(followUp, "{\"note\": \"已约谈机构负责人，成果已重新核算\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("RECTIFIED", json(done).getString("state"));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVALUATION_FOLLOW_UP_RECORDED' "
                + "AND object_id = ?", String.valueOf(realEvaluation)));
        HttpResponse<String> twice = as("regulator01").postJson(followUp, "{\"note\": \"再次登记\"}");
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("evalstat.error.followUpNotAllowed"), twice.body());
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM evaluation_follow_up WHERE evaluation_id = ?", realEvaluation));

        HttpResponse<String> revoked = as("regulator01").postJson("/api/supervision/evaluations/ledger/" + e4 + "/follow-up",
                "{\"note\": \"无需整改\"}");
        assertEquals(400, revoked.statusCode(), "a revised evaluation is no 差评 to follow up: " + revoked.body());
        HttpResponse<String> satisfied = as("regulator01").postJson("/api/supervision/evaluations/ledger/"
                + e2 + "/follow-up", "{\"note\": \"满意的评价\"}");
        assertEquals(404, satisfied.statusCode(), satisfied.body());
    }

    @Test
    void aFirmSeesOnlyItsOwnFiguresAndLedgerLines() throws Exception {
        WebClient firm = as(firmUser);
        HttpResponse<String> mine = firm.get("/firm/statistics.xhtml?dimension=FIRM&" + JUNE);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(firmName) && mine.body().contains("75.0 %"), mine.body());
        assertEquals(1, count(mine.body(), "class=\"zj-stat-row\""), "only its own row");
        HttpResponse<String> ledger = firm.get("/firm/statistics.xhtml?tab=ledger&" + JUNE);
        assertEquals(2, count(ledger.body(), "class=\"zj-ledger-row\""), ledger.body());
        assertFalse(ledger.body().contains("zj-followup-open"), "no follow-up form for a firm");

        HttpResponse<String> other = as("firm01").get("/firm/statistics.xhtml?dimension=FIRM&" + JUNE);
        assertEquals(200, other.statusCode());
        assertFalse(other.body().contains(firmName), "another firm never sees it");
        HttpResponse<String> otherLedger = as("firm01").get("/firm/statistics.xhtml?tab=ledger&" + JUNE);
        assertFalse(otherLedger.body().contains("统计测试项目"), otherLedger.body());
    }

    static int count(String body, String what) {
        int n = 0;
        for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void badPeriodsAndDimensionsAreAMessage() {
        WebClient regulator = as("regulator01");
        HttpResponse<String> reversed = regulator.get("/api/supervision/evaluations?from=2025-06-30&to=2025-06-01");
        assertEquals(400, reversed.statusCode(), reversed.body());
        assertTrue(reversed.body().contains("evalstat.error.periodReversed"), reversed.body());
        HttpResponse<String> tooLong = regulator.get("/api/supervision/evaluations?from=2024-01-01&to=2025-06-30");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("evalstat.error.periodTooLong"), tooLong.body());
        HttpResponse<String> missing = regulator.get("/api/supervision/evaluations?from=2025-06-01");
        assertTrue(missing.body().contains("evalstat.error.periodRequired"), missing.body());
        HttpResponse<String> unknown = regulator.get("/api/supervision/evaluations?dimension=REGION&" + JUNE);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("evalstat.error.dimension"), unknown.body());
        HttpResponse<String> state = regulator.get("/api/supervision/evaluations/ledger?state=DONE&" + JUNE);
        assertEquals(400, state.statusCode(), state.body());

        HttpResponse<String> page = regulator.get("/regulator/evaluations.xhtml?from=2025-06-30&to=2025-06-01");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Texts.zh("evalstat.error.periodReversed")), page.body());
        HttpResponse<String> pageLong = regulator.get("/regulator/evaluations.xhtml?tab=ledger&from=2020-01-01&to=2025-06-30");
        assertTrue(pageLong.body().contains(Texts.zh("evalstat.error.periodTooLong", 366)), pageLong.body());
    }

    @Test
    void otherRolesAreRefused() {
        assertEquals(403, as(firmUser).get("/api/supervision/evaluations?" + JUNE).statusCode());
        assertEquals(403, as("owner01").get("/api/supervision/evaluations?" + JUNE).statusCode());
        assertEquals(403, as("approver01").get("/api/supervision/evaluations/ledger?" + JUNE).statusCode());
        assertEquals(401, new WebClient().get("/api/supervision/evaluations?" + JUNE).statusCode());
    }
}
