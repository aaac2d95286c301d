package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.supervision.domain.StepBuckets;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * The due model across the contexts (issue 17 part 1, docs/supervision.md "Time limits: the due model"): a notice
 * walked from its award to the department's rating gets one {@code due_item} per step, opened with the due instant
 * its owning context shows, closed with the source's own time stamp (in time: late 0; past the limit under the moved
 * test clock: late 1); a second pass changes nothing; the demo data were backfilled at start-up with closed items.
 */
class DueModelIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** One due_item row as the test reads it. */
    record Item(String kind, long ref, long part, String party, Long partyId, Long ownerId, Long firmId, Long departmentId,
                Instant opened, Instant due, Instant done, Integer late, Long duration) {
    }

    /** Runs a pass of the tracker now (the test hook). */
    static void pass() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(It.baseUrl() + "/api/test/due"))
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    static List<Item> items(long notice) throws Exception {
        List<Item> items = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT kind, ref_id, ref_part, party_type, "
                + "party_id, owner_id, firm_id, department_id, opened_at, due_at, done_at, late, duration_seconds FROM due_item "
                + "WHERE notice_id = ? ORDER BY id")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), lng(rs, 5), lng(rs, 6),
                            lng(rs, 7), lng(rs, 8), at(rs, 9), at(rs, 10), at(rs, 11), (Integer) rs.getObject(12, Integer.class),
                            lng(rs, 13)));
                }
            }
        }
        return items;
    }

    static Item only(long notice, String kind) throws Exception {
        List<Item> of = items(notice).stream().filter(i -> i.kind().equals(kind)).toList();
        assertEquals(1, of.size(), kind + " items of notice " + notice + ": " + items(notice));
        return of.get(0);
    }

    @Test
    void aNoticeWalkedThroughTheChainOpensAndClosesOneItemPerStep() throws Exception {
        Object[] a = ContractIT.awarded("Due model");
        long notice = (long) a[0];
        String winner = (String) a[1];
        long firm = Fixtures.orgOf(winner);
        long owner = Fixtures.orgOf("owner01");
        long department = Fixtures.orgOf("approver01");

        // the award: the winning firm's contract upload is due when the contract page says
        pass();
        Item upload = only(notice, "CONTRACT_UPLOAD");
        assertEquals("FIRM", upload.party());
        assertEquals(firm, upload.partyId());
        assertEquals(owner, upload.ownerId());
        assertEquals(department, upload.departmentId(), "the notice's approval case's department");
        assertNull(upload.done());
        assertEquals(shown(as("owner01").get(ContractIT.page(notice)).body(), "due-at"), MINUTES.format(upload.due()),
                "the contract page's filing limit");

        HttpResponse<String> filed = ContractIT.upload(as("owner01"), notice,
                ContractIT.terms("52000", "2026-12-01", "2027-03-31"), TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        pass();
        long version = Fixtures.number("SELECT id FROM contract_version WHERE notice_id = ?", notice);
        upload = only(notice, "CONTRACT_UPLOAD");
        assertEquals(time("SELECT submitted_at FROM contract_version WHERE id = ?", version), upload.done(),
                "closed at the upload's own time");
        assertEquals(0, upload.late());
        Item answer = only(notice, "CONTRACT_ANSWER");
        assertEquals(version, answer.ref());
        assertEquals("FIRM", answer.party(), "the owner uploaded: the firm answers");
        assertEquals(firm, answer.partyId());
        assertEquals(time("SELECT answer_due_at FROM contract_version WHERE id = ?", version), answer.due());

        HttpResponse<String> confirmed = as(winner).postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        pass();
        answer = only(notice, "CONTRACT_ANSWER");
        assertEquals(time("SELECT answered_at FROM contract_version WHERE id = ?", version), answer.done());
        assertEquals(0, answer.late());
        Item deliverable = only(notice, "DELIVERABLE");
        assertNull(deliverable.done());
        assertEquals(firm, deliverable.partyId());

        HttpResponse<String> v1 = DeliverableIT.upload(as(winner), notice, "Survey report", TestFiles.pdf("report.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        pass();
        long d1 = Fixtures.number("SELECT id FROM deliverable WHERE notice_id = ? AND revision = 1", notice);
        deliverable = only(notice, "DELIVERABLE");
        assertEquals(time("SELECT due_at FROM deliverable WHERE id = ?", d1), deliverable.due(),
                "the service time limit delivery stored on the first version");
        assertEquals(time("SELECT submitted_at FROM deliverable WHERE id = ?", d1), deliverable.done());
        assertEquals(0, deliverable.late());
        Item acceptance = only(notice, "OWNER_ACCEPTANCE");
        assertEquals(d1, acceptance.ref());
        assertEquals(owner, acceptance.partyId());
        assertNull(acceptance.done());

        HttpResponse<String> ok = as("owner01").postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x"));
        assertTrue(ok.body().contains(Texts.zh("deliverable.accepted")), ok.body());
        pass();
        acceptance = only(notice, "OWNER_ACCEPTANCE");
        assertEquals(time("SELECT answered_at FROM deliverable WHERE id = ?", d1), acceptance.done());
        assertEquals(0, acceptance.late());
        Item check = only(notice, "DEPARTMENT_CHECK");
        assertEquals(d1, check.ref());
        assertEquals(department, check.part(), "one item per department and version");
        assertEquals("DEPARTMENT", check.party());
        assertEquals(department, check.partyId());
        assertEquals(shown(as("approver01").get(DeliverableIT.page(notice)).body(), "check-due-at"),
                MINUTES.format(check.due()), "the deliverables page's check limit");
        Item evaluation = only(notice, "EVALUATION");
        assertEquals(time("SELECT due_at FROM evaluation WHERE notice_id = ?", notice), evaluation.due());

        // the department checks ten days later: past its limit
        TestClock.advance(Duration.ofDays(10));
        String today = LocalDate.ofInstant(TestClock.now(), ZoneId.of("Asia/Shanghai")).toString();
        long[] stepsBefore = steps(today, "DEPARTMENT_CHECK");
        long openBefore = openChecks(department);
        String month = today.substring(0, 8) + "01";
        long[] histogramBefore = {dayChecks(0, today), dayChecks(department, today), monthChecks(month)};
        HttpResponse<String> passed = as("approver01").postForm(DeliverableIT.page(notice), "check", Map.of("pass", "x"));
        assertTrue(passed.body().contains(Texts.zh("deliverable.checkPassed")), passed.body());
        pass();
        check = only(notice, "DEPARTMENT_CHECK");
        assertEquals(time("SELECT checked_at FROM deliverable_check WHERE deliverable_id = ?", d1), check.done());
        assertEquals(1, check.late(), "checked after its due instant");
        assertTrue(check.duration() >= Duration.ofDays(10).getSeconds(), check.toString());
        // the board: one open check fewer for the department, one more (late) closed check in today's step times, counted
        // in the histogram's bucket of its duration, once for everyone (department 0) and once for the department
        assertEquals(openBefore - 1, openChecks(department));
        long[] stepsAfter = steps(today, "DEPARTMENT_CHECK");
        assertEquals(stepsBefore[0] + 1, stepsAfter[0], "closed checks of the day");
        assertEquals(stepsBefore[1] + 1, stepsAfter[1], "closed late");
        assertEquals(today, LocalDate.ofInstant(check.done(), ZoneId.of("Asia/Shanghai")).toString());
        int bucket = StepBuckets.bucket(check.duration());
        assertEquals(histogramBefore[0] + 1, dayChecks(0, today), "counted once for everyone");
        assertEquals(histogramBefore[1] + 1, dayChecks(department, today), "and once for the department");
        assertEquals(histogramBefore[2] + 1, monthChecks(month), "and in the month's rows");
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM due_step_day WHERE department_id = ? AND day = ? "
                + "AND kind = 'DEPARTMENT_CHECK' AND bucket = ?", department, today, bucket), "in the bucket of its duration");
        if (stepsBefore[0] == 0) {   // the only check closed today: its figures are its own duration, to 5 %
            assertTrue(Math.abs(stepsAfter[2] - check.duration()) <= 0.05 * check.duration(), stepsAfter[2] + " vs " + check);
        }
        Item rating = only(notice, "QUALITY_RATING");
        assertNull(rating.done());
        assertEquals(department, rating.partyId());
        assertTrue(rating.due().isAfter(rating.opened()), rating.toString());

        // restart-safe: another pass changes nothing, the step-time histogram included
        List<Item> before = items(notice);
        long total = Fixtures.number("SELECT COUNT(*) FROM due_item");
        long counted = Fixtures.number("SELECT SUM(n) FROM due_step_day");
        pass();
        assertEquals(before, items(notice));
        assertEquals(total, Fixtures.number("SELECT COUNT(*) FROM due_item"));
        assertEquals(counted, Fixtures.number("SELECT SUM(n) FROM due_step_day"));
        assertArrayEquals(stepsAfter, steps(today, "DEPARTMENT_CHECK"));
    }

    @Test
    void theDemoHistoryWasBackfilledWithClosedItems() throws Exception {
        pass();
        // demo notice 8013 (DELIVERED, won by firm08): its contract was answered and its deliverable accepted long ago
        assertTrue(Fixtures.number("SELECT COUNT(*) FROM due_item WHERE notice_id = 8013 AND done_at IS NOT NULL") >= 3,
                "closed items of the demo chain");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM due_item WHERE done_at IS NOT NULL AND (late IS NULL "
                + "OR duration_seconds IS NULL OR duration_seconds < 0)"), "every closed item has its outcome");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM due_item WHERE done_at IS NULL AND (late IS NOT NULL "
                + "OR duration_seconds IS NOT NULL)"), "open items have none");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM due_item WHERE due_at < opened_at"));
    }

    /** The board's step times of a kind on one Beijing day, as a regulator reads them: count, late, p90 seconds. */
    static long[] steps(String day, String kind) {
        HttpResponse<String> r = as("regulator01").get("/api/supervision/board/step-times?from=" + day + "&to=" + day);
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("steps").stream()
                .map(JsonObject.class::cast).filter(o -> o.getString("kind").equals(kind))
                .map(o -> new long[] {o.getInt("count"), o.getInt("late"), o.getJsonNumber("p90Seconds").longValue()})
                .findFirst().orElse(new long[3]);
    }

    /** The department checks the histogram counts on one day for department 0 (everyone) or one department. */
    static long dayChecks(long department, String day) throws Exception {
        return Fixtures.number("SELECT COALESCE(SUM(n), 0) FROM due_step_day WHERE department_id = ? AND day = ? "
                + "AND kind = 'DEPARTMENT_CHECK'", department, day);
    }

    /** The department checks the monthly rows count for everyone in a month (its first day). */
    static long monthChecks(String month) throws Exception {
        return Fixtures.number("SELECT COALESCE(SUM(n), 0) FROM due_step_month WHERE department_id = 0 AND month = ? "
                + "AND kind = 'DEPARTMENT_CHECK'", month);
    }

    /** The board's open department checks of a department (counts by department, as a regulator). */
    static long openChecks(long department) {
        HttpResponse<String> r = as("regulator01").get("/api/supervision/board/counts?dimension=DEPARTMENT&kind=DEPARTMENT_CHECK");
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("rows").stream()
                .map(JsonObject.class::cast).filter(o -> o.containsKey("key") && !o.isNull("key")
                        && o.getString("key").equals(String.valueOf(department)))
                .mapToLong(o -> o.getInt("open")).findFirst().orElse(0);
    }

    private static String shown(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(?:[^<]*<[^>]*>)*?[^0-9<]*(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})")
                .matcher(page);
        assertTrue(m.find(), "the page shows " + id + ": " + page);
        return m.group(1);
    }

    private static Instant time(String sql, long id) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                Timestamp t = rs.getTimestamp(1);
                assertNotNull(t, sql);
                return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static Long lng(ResultSet rs, int i) throws Exception {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static Instant at(ResultSet rs, int i) throws Exception {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
