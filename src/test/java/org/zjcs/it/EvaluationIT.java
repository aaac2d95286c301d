package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Evaluations (好差评) over HTTP: the owner evaluates the firm once the deliverable is accepted → an EVALUATION_<LEVEL>
 * credit event with its points; refused twice and without an aspect or the level (nothing stored); overdue evaluations
 * are flagged; approval staff rate the quality after their pass. The forms are shown only to whoever may use them now:
 * the refusals of everyone else (before the acceptance, another owner unit, staff of another department) are checked
 * over the REST API, and that the page shows them no form.
 */
class EvaluationIT {

    /** A notice of owner01 whose first deliverable the owner accepted: {notice id, winner username}. */
    static Object[] accepted(String title) throws Exception {
        Object[] a = DeliverableIT.contracted(title);
        long notice = (long) a[0];
        HttpResponse<String> v1 = DeliverableIT.upload(as((String) a[1]), notice, "Report", TestFiles.pdf("report.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        HttpResponse<String> ok = as("owner01").postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x"));
        assertTrue(ok.body().contains(Texts.zh("deliverable.accepted")), ok.body());
        return a;
    }

    static Map<String, String> form(String level) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("quality", "5");
        f.put("timeliness", "4");
        f.put("attitude", "5");
        f.put("fees", "3");
        f.put("conduct", "4");
        f.put("level", level);
        f.put("comment", "Private comment for the firm");
        f.put("submitEvaluation", "x");
        return f;
    }

    static HttpResponse<String> evaluate(WebClient who, long notice, Map<String, String> fields) {
        return who.postForm(DeliverableIT.page(notice), "evaluate", fields);
    }

    static long events(long firm, String code) throws Exception {
        return number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = ?", firm, code);
    }

    static long points(long firm) throws Exception {
        return number("SELECT COALESCE(SUM(points_total), 0) FROM firm_credit WHERE firm_id = ?", firm);
    }

    static long evaluated(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM evaluation WHERE notice_id = ? AND evaluated_at IS NOT NULL", notice);
    }

    @Test
    void theOwnerEvaluatesOnceAfterTheAcceptanceAndTheScoreFollows() throws Exception {
        Object[] a = DeliverableIT.contracted("Evaluation flow");
        long notice = (long) a[0];
        long firm = Fixtures.orgOf((String) a[1]);
        WebClient owner = as("owner01");

        String beforeAcceptance = owner.get(DeliverableIT.page(notice)).body();
        assertFalse(beforeAcceptance.contains("id=\"evaluate\""), "no form before the acceptance");
        assertTrue(beforeAcceptance.contains("id=\"evaluation-after-acceptance\""), "the owner unit gets the hint");
        assertFalse(as((String) a[1]).get(DeliverableIT.page(notice)).body().contains("evaluation-after-acceptance"),
                "the firm gets no hint");
        AwardDeclineIT.refused(EvaluationApiIT.evaluate(owner, notice, "SATISFIED"), 400, "evaluation.error.notExpected");
        assertEquals(0, number("SELECT COUNT(*) FROM evaluation WHERE notice_id = ?", notice), "no expectation before it");

        assertTrue(DeliverableIT.upload(as((String) a[1]), notice, "Report", TestFiles.pdf("r.pdf")).body()
                .contains(Texts.zh("deliverable.submitted")));
        assertTrue(owner.postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x")).body()
                .contains(Texts.zh("deliverable.accepted")));
        assertEquals(1, number("SELECT COUNT(*) FROM evaluation WHERE notice_id = ? AND due_at > accepted_at", notice));
        assertTrue(owner.get("/owner/evaluations.xhtml").body().contains("Evaluation flow"), "due on the owner's list");

        assertTrue(owner.get(DeliverableIT.page(notice)).body().contains("id=\"evaluate\""), "the form once accepted");
        WebClient owner04 = as("owner04");
        String otherPage = owner04.get(DeliverableIT.page(notice)).body();
        assertFalse(otherPage.contains("id=\"evaluate\"") || otherPage.contains("evaluation-after-acceptance"),
                "another owner unit gets no form");
        AwardDeclineIT.refused(EvaluationApiIT.evaluate(owner04, notice, "VERY_DISSATISFIED"), 404, "evaluation.error.notFound");
        Map<String, String> noAspect = form("SATISFIED");
        noAspect.put("fees", "");
        HttpResponse<String> missing = evaluate(owner, notice, noAspect);
        assertTrue(missing.body().contains(Texts.zh("evaluation.error.aspectRequired")), missing.body());
        HttpResponse<String> noLevel = evaluate(owner, notice, form(""));
        assertTrue(noLevel.body().contains(Texts.zh("evaluation.error.levelRequired")), noLevel.body());
        assertEquals(0, evaluated(notice), "nothing stored for a refusal");
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm));

        String olderPage = owner.viewStateOf(DeliverableIT.page(notice));
        HttpResponse<String> given = evaluate(owner, notice, form("SATISFIED"));
        assertTrue(given.body().contains(Texts.zh("evaluation.given")), given.body());
        assertEquals(1, evaluated(notice));
        assertEquals(1, events(firm, "EVALUATION_SATISFIED"));
        long rulePoints = number("SELECT r.points FROM credit_event e JOIN credit_rule r ON r.version_id = e.rule_version_id "
                + "AND r.code = e.code WHERE e.firm_id = ? AND e.code = 'EVALUATION_SATISFIED' AND e.source_type = 'EVALUATION'",
                firm);
        assertEquals(rulePoints, number("SELECT points FROM credit_event WHERE firm_id = ? AND code = 'EVALUATION_SATISFIED' "
                + "AND source_type = 'EVALUATION'", firm), "the points of the rule version the event names");
        assertEquals(1, rulePoints, "满意 is worth +1 in the published rule table (docs/credit.md)");
        assertEquals(rulePoints, points(firm), "the score follows");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVALUATION_GIVEN' AND object_id = ?",
                String.valueOf(notice)));

        HttpResponse<String> twice = owner.postForm(DeliverableIT.page(notice), "evaluate", olderPage, form("VERY_SATISFIED"));
        assertTrue(twice.body().contains(Texts.zh("evaluation.error.twice")), twice.body());
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "counted once");

        String firmPage = as((String) a[1]).get(DeliverableIT.page(notice)).body();
        assertTrue(firmPage.contains(Texts.zh("evaluation.level.SATISFIED")), "the firm sees the evaluation");
        assertTrue(firmPage.contains("Private comment for the firm"), "and the comment on it");
        assertFalse(as("owner01").get(DeliverableIT.page(notice)).body().contains("id=\"evaluate\""), "no form once given");
        String own = as((String) a[1]).get("/firm/evaluations.xhtml").body();
        assertTrue(own.contains("Evaluation flow") && own.contains("Private comment for the firm"), own);
    }

    @Test
    void anEvaluationNotGivenByItsDueTimeIsFlaggedOverdue() throws Exception {
        Object[] a = accepted("Evaluation overdue");
        long notice = (long) a[0];
        assertFalse(as("owner01").get(DeliverableIT.page(notice)).body().contains("id=\"evaluation-overdue\""));
        TestClock.passTo(Instant.parse(Fixtures.text("SELECT DATE_FORMAT(due_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM evaluation "
                + "WHERE notice_id = ?", notice)).plusSeconds(3600)); // an hour past its due time
        assertTrue(as("owner01").get(DeliverableIT.page(notice)).body().contains("id=\"evaluation-overdue\""));
        String list = as("owner01").get("/owner/evaluations.xhtml").body();
        assertTrue(list.contains("evaluation-overdue"), list);
        HttpResponse<String> late = evaluate(as("owner01"), notice, form("BASICALLY_SATISFIED"));
        assertTrue(late.body().contains(Texts.zh("evaluation.given")), "still taken after the due time: " + late.body());
    }

    @Test
    void theStaffOfTheDepartmentThatPassedRateTheQualityOnce() throws Exception {
        Object[] a = accepted("Evaluation rating");
        long notice = (long) a[0];
        long firm = Fixtures.orgOf((String) a[1]);
        WebClient approver = as("approver01");
        assertFalse(approver.get(DeliverableIT.page(notice)).body().contains("id=\"rate\""), "nothing to rate before the pass");
        HttpResponse<String> passed = approver.postForm(DeliverableIT.page(notice), "check", Map.of("pass", "x"));
        assertTrue(passed.body().contains(Texts.zh("deliverable.checkPassed")), passed.body());
        assertEquals(1, number("SELECT COUNT(*) FROM approval_rating WHERE notice_id = ? AND department_id = 3001", notice));

        assertTrue(approver.get(DeliverableIT.page(notice)).body().contains("id=\"rate\""), "the form after the pass");
        WebClient approver02 = as("approver02");
        assertFalse(approver02.get(DeliverableIT.page(notice)).body().contains("id=\"rate\""),
                "no form for another department");
        AwardDeclineIT.refused(approver02.postJson(EvaluationApiIT.ratings(notice), "{\"rating\": \"POOR\"}"), 400,
                "rating.error.notExpected");
        assertFalse(as("owner01").get(DeliverableIT.page(notice)).body().contains("id=\"rate\""), "nor for the owner");
        HttpResponse<String> none = approver.postForm(DeliverableIT.page(notice), "rate", Map.of("rating", "", "submitRating", "x"));
        assertTrue(none.body().contains(Texts.zh("rating.error.ratingRequired")), none.body());
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND source_type = 'APPROVAL_RATING'", firm));

        String olderPage = approver.viewStateOf(DeliverableIT.page(notice));
        HttpResponse<String> rated = approver.postForm(DeliverableIT.page(notice), "rate",
                Map.of("rating", "GOOD", "ratingComment", "Clear figures", "submitRating", "x"));
        assertTrue(rated.body().contains(Texts.zh("rating.given")), rated.body());
        assertEquals(1, events(firm, "APPROVAL_QUALITY_GOOD"));
        HttpResponse<String> twice = approver.postForm(DeliverableIT.page(notice), "rate", olderPage,
                Map.of("rating", "POOR", "submitRating", "x"));
        assertTrue(twice.body().contains(Texts.zh("rating.error.twice")), twice.body());
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND source_type = 'APPROVAL_RATING'", firm));
        assertTrue(as("owner01").get(DeliverableIT.page(notice)).body().contains("Clear figures"), "the owner sees the rating");
    }
}
