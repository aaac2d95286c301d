package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Appeals (申诉) over HTTP: the firm appeals an evaluation in time, a regulator revises it (a REVERSAL of the original
 * event and the revised level as a new fact of the appeal: the score follows) or upholds it (nothing changes); refused
 * late, twice, by another firm, and a decision without a reason.
 */
class AppealIT {

    /** {notice id, firm username, firm org id, evaluation id} of an evaluation given by owner01 at {@code level}. */
    static Object[] evaluated(String title, String level) throws Exception {
        Object[] a = EvaluationIT.accepted(title);
        long notice = (long) a[0];
        HttpResponse<String> given = EvaluationIT.evaluate(as("owner01"), notice, EvaluationIT.form(level));
        assertTrue(given.body().contains(Texts.zh("evaluation.given")), given.body());
        long evaluation = number("SELECT id FROM evaluation WHERE notice_id = ?", notice);
        return new Object[] {notice, a[1], Fixtures.orgOf((String) a[1]), evaluation};
    }

    static String firmPage(long evaluation) {
        return "/firm/evaluations.xhtml?id=" + evaluation;
    }

    static HttpResponse<String> appeal(WebClient firm, long evaluation, String reasons) {
        return firm.postForm(firmPage(evaluation), "appeal", Map.of("reasons", reasons, "submitAppeal", "x"));
    }

    static long appealOf(long evaluation) throws Exception {
        return number("SELECT id FROM evaluation_appeal WHERE evaluation_id = ?", evaluation);
    }

    static String regulatorPage(long appeal) {
        return "/regulator/appeals.xhtml?id=" + appeal;
    }

    @Test
    void aRevisedEvaluationReversesTheOriginalEventAndTheScoreFollows() throws Exception {
        Object[] e = evaluated("Appeal revised", "DISSATISFIED");
        long firm = (long) e[2];
        long evaluation = (long) e[3];
        assertEquals(-3, EvaluationIT.points(firm));

        HttpResponse<String> noReasons = appeal(as((String) e[1]), evaluation, " ");
        assertTrue(noReasons.body().contains(Texts.zh("appeal.error.reasonsRequired")), noReasons.body());
        HttpResponse<String> filed = appeal(as((String) e[1]), evaluation, "The delay was caused by the owner's late data");
        assertTrue(filed.body().contains(Texts.zh("appeal.filed")), filed.body());
        long appeal = appealOf(evaluation);
        assertTrue(as("regulator01").get("/regulator/appeals.xhtml").body().contains("Appeal revised"), "in the queue");

        WebClient regulator = as("regulator01");
        HttpResponse<String> noReason = regulator.postForm(regulatorPage(appeal), "decide",
                Map.of("reason", "", "level", "BASICALLY_SATISFIED", "revise", "x"));
        assertTrue(noReason.body().contains(Texts.zh("appeal.error.decisionReasonRequired")), noReason.body());
        HttpResponse<String> same = regulator.postForm(regulatorPage(appeal), "decide",
                Map.of("reason", "Checked", "level", "DISSATISFIED", "revise", "x"));
        assertTrue(same.body().contains(Texts.zh("appeal.error.sameLevel")), same.body());
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "nothing recorded yet");

        HttpResponse<String> revised = regulator.postForm(regulatorPage(appeal), "decide",
                Map.of("reason", "The owner supplied its data late", "level", "BASICALLY_SATISFIED", "revise", "x"));
        assertTrue(revised.body().contains(Texts.zh("appeal.revised")), revised.body());
        assertEquals("REVISED", Fixtures.text("SELECT status FROM evaluation_appeal WHERE id = ?", appeal));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'REVERSAL' "
                + "AND source_type = 'APPEAL' AND source_id = ? AND points = 3", firm, String.valueOf(appeal)));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'EVALUATION_BASICALLY_SATISFIED' "
                + "AND source_type = 'APPEAL' AND source_id = ?", firm, String.valueOf(appeal)));
        assertEquals(0, EvaluationIT.points(firm), "the score follows: -3 + 3 + 0");
        assertEquals("BASICALLY_SATISFIED", Fixtures.text("SELECT revised_level FROM evaluation WHERE id = ?", evaluation));
        assertEquals(0, number("SELECT COUNT(*) FROM firm_credit f WHERE f.firm_id = ? AND f.points_total <> "
                + "(SELECT SUM(points) FROM credit_event e WHERE e.firm_id = f.firm_id)", firm), "cache = events");
    }

    @Test
    void anUpheldEvaluationStands() throws Exception {
        Object[] e = evaluated("Appeal upheld", "VERY_DISSATISFIED");
        long firm = (long) e[2];
        long evaluation = (long) e[3];
        assertTrue(appeal(as((String) e[1]), evaluation, "We disagree").body().contains(Texts.zh("appeal.filed")));
        long appeal = appealOf(evaluation);
        HttpResponse<String> upheld = as("regulator01").postForm(regulatorPage(appeal), "decide",
                Map.of("reason", "The record supports the evaluation", "level", "", "uphold", "x"));
        assertTrue(upheld.body().contains(Texts.zh("appeal.upheld")), upheld.body());
        assertEquals("UPHELD", Fixtures.text("SELECT status FROM evaluation_appeal WHERE id = ?", appeal));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "no change");
        assertEquals(-5, EvaluationIT.points(firm));
    }

    @Test
    void lateTwiceAndAnotherFirmAreRefused() throws Exception {
        Object[] e = evaluated("Appeal refused", "DISSATISFIED");
        long evaluation = (long) e[3];
        HttpResponse<String> other = appeal(as(Fixtures.firm(ContractIT.ITEM)), evaluation, "Not ours");
        assertTrue(other.body().contains(Texts.zh("evaluation.error.notFound")), other.body()); // looks absent
        assertEquals(0, number("SELECT COUNT(*) FROM evaluation_appeal WHERE evaluation_id = ?", evaluation));

        assertTrue(appeal(as((String) e[1]), evaluation, "First").body().contains(Texts.zh("appeal.filed")));
        HttpResponse<String> twice = appeal(as((String) e[1]), evaluation, "Second");
        assertTrue(twice.body().contains(Texts.zh("appeal.error.twice")), twice.body());
        assertEquals(1, number("SELECT COUNT(*) FROM evaluation_appeal WHERE evaluation_id = ?", evaluation));

        Object[] old = evaluated("Appeal late", "DISSATISFIED");
        long oldEvaluation = (long) old[3];
        TestClock.advance(Duration.ofDays(30)); // 30 days after that evaluation
        HttpResponse<String> late = appeal(as((String) old[1]), oldEvaluation, "Too late");
        assertTrue(late.body().contains("申诉期限已过"), late.body());
        assertEquals(0, number("SELECT COUNT(*) FROM evaluation_appeal WHERE evaluation_id = ?", oldEvaluation));
    }
}
