package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.WebClient;

/**
 * Evaluations, quality ratings and appeals over REST (session login): the owner unit evaluates, its firm and regulators
 * read it, the department that passed the deliverable rates its quality, the firm appeals; 401 without a login, 403 for
 * the wrong role, 404 for an evaluation the caller may not read or that does not exist, 400 with the rule's key for
 * bad input and the other refusals, and nothing is stored then.
 */
class EvaluationApiIT {

    static String evaluation(long notice) {
        return "/api/notices/" + notice + "/evaluation";
    }

    static String ratings(long notice) {
        return "/api/notices/" + notice + "/quality-ratings";
    }

    static String appeal(long evaluation) {
        return "/api/evaluations/" + evaluation + "/appeal";
    }

    static String json(String quality, String level, String comment) {
        return "{\"quality\": " + quality + ", \"timeliness\": 4, \"attitude\": 5, \"fees\": 3, \"conduct\": 4, "
                + "\"level\": " + (level == null ? "null" : "\"" + level + "\"") + ", \"comment\": \"" + comment + "\"}";
    }

    /** The owner's evaluation over REST: all five aspects, {@code level} and a comment. */
    static HttpResponse<String> evaluate(WebClient who, long notice, String level) {
        return who.postJson(evaluation(notice), json("5", level, "Private comment over REST"));
    }

    static HttpResponse<String> pass(WebClient approver, long notice) throws Exception {
        return approver.postJson(DeliverableIT.api(DeliverableIT.versionId(notice, 1), "checks"), "{\"pass\": true}");
    }

    @Test
    void theOwnerEvaluatesTheDepartmentRatesTheFirmAppeals() throws Exception {
        Object[] a = EvaluationIT.accepted("Evaluation API");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        long firmId = Fixtures.orgOf((String) a[1]);
        WebClient owner = as("owner01");

        HttpResponse<String> due = owner.get(evaluation(notice));
        assertEquals(200, due.statusCode(), due.body());
        assertTrue(due.body().contains("\"evaluated\":false") && due.body().contains("\"dueAt\":\""), due.body());

        HttpResponse<String> given = evaluate(owner, notice, "SATISFIED");
        assertEquals(201, given.statusCode(), given.body());
        assertTrue(given.headers().firstValue("Location").orElse("").endsWith(evaluation(notice)),
                given.headers().toString());
        assertTrue(given.body().contains("\"evaluated\":true") && given.body().contains("\"level\":\"SATISFIED\"")
                && given.body().contains("\"quality\":5") && given.body().contains("\"appealOpen\":true"), given.body());
        assertEquals(1, EvaluationIT.events(firmId, "EVALUATION_SATISFIED"));
        assertEquals(1, EvaluationIT.evaluated(notice));
        assertEquals(1, DeliverableIT.audits(notice, "EVALUATION_GIVEN"));

        HttpResponse<String> read = firm.get(evaluation(notice));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("Private comment over REST"), "the firm reads the comment: " + read.body());
        assertEquals(200, as("regulator01").get(evaluation(notice)).statusCode());

        HttpResponse<String> passed = pass(as("approver01"), notice);
        assertEquals(200, passed.statusCode(), passed.body());
        HttpResponse<String> rated = as("approver01").postJson(ratings(notice),
                "{\"rating\": \"GOOD\", \"comment\": \"Clear figures\"}");
        assertEquals(201, rated.statusCode(), rated.body());
        assertTrue(rated.body().contains("\"rating\":\"GOOD\"") && rated.body().contains("\"department\":3001"), rated.body());
        assertEquals(1, EvaluationIT.events(firmId, "APPROVAL_QUALITY_GOOD"));
        String withRating = owner.get(evaluation(notice)).body();
        assertTrue(withRating.contains("\"ratings\":[{") && withRating.contains("Clear figures"), withRating);

        long evaluationId = number("SELECT id FROM evaluation WHERE notice_id = ?", notice);
        HttpResponse<String> appealed = firm.postJson(appeal(evaluationId), "{\"reasons\": \"The owner sent its data late\"}");
        assertEquals(201, appealed.statusCode(), appealed.body());
        assertTrue(appealed.body().contains("\"status\":\"PENDING\"") && appealed.body().contains("\"originalLevel\":\"SATISFIED\""),
                appealed.body());
        assertEquals(1, number("SELECT COUNT(*) FROM evaluation_appeal WHERE evaluation_id = ?", evaluationId));
        assertTrue(firm.get(evaluation(notice)).body().contains("\"appealOpen\":false"), "appealed once");
    }

    @Test
    void withoutALoginTheWrongRoleOthersAndBadInput() throws Exception {
        Object[] a = EvaluationIT.accepted("Evaluation API refused");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        long firmId = Fixtures.orgOf((String) a[1]);
        WebClient owner = as("owner01");
        WebClient anonymous = new WebClient();

        AwardDeclineIT.refused(anonymous.get(evaluation(notice)), 401, "security.error.loginRequired");
        AwardDeclineIT.refused(evaluate(anonymous, notice, "SATISFIED"), 401, "security.error.loginRequired");
        AwardDeclineIT.refused(anonymous.postJson(ratings(notice), "{\"rating\": \"GOOD\"}"), 401, "security.error.loginRequired");
        AwardDeclineIT.refused(anonymous.postJson(appeal(1), "{\"reasons\": \"x\"}"), 401, "security.error.loginRequired");

        // the wrong role
        AwardDeclineIT.refused(evaluate(firm, notice, "VERY_SATISFIED"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(evaluate(as("approver01"), notice, "SATISFIED"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(owner.postJson(ratings(notice), "{\"rating\": \"POOR\"}"), 403, "security.error.forbidden");

        // not readable or not there
        AwardDeclineIT.refused(as("owner04").get(evaluation(notice)), 404, "evaluation.error.notFound");
        AwardDeclineIT.refused(as("approver01").get(evaluation(notice)), 404, "evaluation.error.notFound");
        AwardDeclineIT.refused(as(Fixtures.firm(ContractIT.ITEM)).get(evaluation(notice)), 404, "evaluation.error.notFound");
        AwardDeclineIT.refused(owner.get(evaluation(999_999_999L)), 404, "evaluation.error.notFound");
        AwardDeclineIT.refused(firm.postJson(appeal(999_999_999L), "{\"reasons\": \"x\"}"), 404, "evaluation.error.notFound");

        // bad input and the other refusals: nothing stored
        AwardDeclineIT.refused(evaluate(as("owner04"), notice, "VERY_DISSATISFIED"), 404, "evaluation.error.notFound");
        AwardDeclineIT.refused(owner.postJson(evaluation(notice), json("5", null, "no level")), 400, "evaluation.error.levelRequired");
        AwardDeclineIT.refused(owner.postJson(evaluation(notice), json("null", "SATISFIED", "no quality")), 400,
                "evaluation.error.aspectRequired");
        AwardDeclineIT.refused(owner.postJson(evaluation(notice), json("9", "SATISFIED", "out of range")), 400,
                "evaluation.error.aspectRange");
        AwardDeclineIT.refused(owner.postJson(evaluation(notice), json("5", "GREAT", "unknown level")), 400,
                "evaluation.error.levelRequired");
        AwardDeclineIT.refused(owner.postJson(evaluation(999_999_999L), json("5", "SATISFIED", "unknown")), 400,
                "evaluation.error.notExpected");
        AwardDeclineIT.refused(as("approver01").postJson(ratings(notice), "{\"rating\": \"GOOD\"}"), 400, "rating.error.notExpected");
        assertEquals(0, EvaluationIT.evaluated(notice), "nothing stored");
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firmId));

        assertEquals(201, evaluate(owner, notice, "DISSATISFIED").statusCode());
        AwardDeclineIT.refused(evaluate(owner, notice, "VERY_SATISFIED"), 400, "evaluation.error.twice");
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firmId), "counted once");

        long evaluationId = number("SELECT id FROM evaluation WHERE notice_id = ?", notice);
        AwardDeclineIT.refused(owner.postJson(appeal(evaluationId), "{\"reasons\": \"by the owner\"}"), 403,
                "security.error.forbidden");
        AwardDeclineIT.refused(as(Fixtures.firm(ContractIT.ITEM)).postJson(appeal(evaluationId), "{\"reasons\": \"not ours\"}"),
                404, "evaluation.error.notFound"); // another firm's evaluation looks absent
        AwardDeclineIT.refused(firm.postJson(appeal(evaluationId), "{\"reasons\": \" \"}"), 400, "appeal.error.reasonsRequired");
        AwardDeclineIT.refused(firm.postJson(appeal(evaluationId), "{}"), 400, "appeal.error.reasonsRequired");
        assertEquals(0, number("SELECT COUNT(*) FROM evaluation_appeal WHERE evaluation_id = ?", evaluationId));

        assertEquals(200, pass(as("approver01"), notice).statusCode());
        AwardDeclineIT.refused(as("approver02").postJson(ratings(notice), "{\"rating\": \"POOR\"}"), 400,
                "rating.error.notExpected");
        AwardDeclineIT.refused(as("approver01").postJson(ratings(notice), "{\"rating\": \"BEST\"}"), 400,
                "rating.error.ratingRequired");
        assertEquals(0, number("SELECT COUNT(*) FROM approval_rating WHERE notice_id = ? AND rated_at IS NOT NULL", notice));
        assertEquals(201, as("approver01").postJson(ratings(notice), "{\"rating\": \"FAIR\"}").statusCode());
        AwardDeclineIT.refused(as("approver01").postJson(ratings(notice), "{\"rating\": \"GOOD\"}"), 400, "rating.error.twice");
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND source_type = 'APPROVAL_RATING'", firmId));
    }
}
