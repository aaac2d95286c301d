package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.EligibilityRules.Held;
import org.zjcs.selection.domain.EligibilityRules.Required;
import org.zjcs.shared.error.DomainException;

/** Objections, voided results and the qualification score of the scored comparison. */
class PublicityTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anObjectionNeedsReasonsIsAnsweredOnceWithReasonsAndIsOverdueAfterItsDeadline() {
        assertEquals("objection.error.reasonRequired", assertThrows(DomainException.class,
                () -> new Objection(1, 1, 7, " ", null, T, "f", T.plusSeconds(60))).messageKey());
        Objection o = new Objection(1, 1, 7, "below cost", null, T, "f", T.plusSeconds(60));
        assertFalse(o.isOverdueAt(T.plusSeconds(60)));
        assertTrue(o.isOverdueAt(T.plusSeconds(61)));
        assertEquals("objection.error.answerRequired", assertThrows(DomainException.class,
                () -> o.answer(true, "", 9L, T, "owner")).messageKey());
        o.answer(false, "the price is justified", 9L, T, "owner");
        assertEquals(ObjectionStatus.REJECTED, o.getStatus());
        assertNull(o.getDisqualifiedFirmId(), "a rejected objection disqualifies nobody");
        assertFalse(o.isOverdueAt(T.plusSeconds(3600)), "an answered objection is never overdue");
        assertEquals("objection.error.answered", assertThrows(DomainException.class,
                () -> o.answer(true, "again", 9L, T, "owner")).messageKey());
    }

    @Test
    void onlyASelectedResultIsVoidedAndOnce() {
        SelectionResult r = new SelectionResult(1, 1, SelectionMethod.RANDOM_DRAW, true, null, 7L, new BigDecimal("1.00"),
                "00", "{}", "h", T, "system", List.of());
        r.voidResult("upheld", T);
        assertEquals(SelectionStatus.VOIDED, r.getStatus());
        assertEquals("selection.error.notSelected", assertThrows(DomainException.class, () -> r.voidResult("x", T)).messageKey());
        SelectionResult failed = new SelectionResult(1, 1, SelectionMethod.RANDOM_DRAW, false, "TOO_FEW", null, null,
                "00", "{}", "h", T, "system", List.of());
        assertThrows(DomainException.class, () -> failed.voidResult("x", T));
    }

    @Test
    void theQualificationScoreFollowsTheLevelsHeld() {
        List<String> levels = List.of("综合资质", "甲级", "乙级");
        Required survey = new Required("ENG_SURVEY", "乙级", levels, "survey");
        Required registration = new Required("EIA_CREDIT_REG", null, List.of(), "eia");
        assertEquals(0, new BigDecimal("100").compareTo(QualificationScore.of(RequirementMode.ALL_OF, List.of(), List.of())));
        assertEquals(0, new BigDecimal("80").compareTo(QualificationScore.of(RequirementMode.ALL_OF, List.of(survey),
                List.of(new Held("ENG_SURVEY", "甲级", true)))));
        assertEquals(0, new BigDecimal("60").compareTo(QualificationScore.of(RequirementMode.ALL_OF, List.of(survey),
                List.of(new Held("ENG_SURVEY", "乙级", true), new Held("ENG_SURVEY", "综合资质", false)))),
                "a level that does not count that day scores nothing");
        assertEquals(0, new BigDecimal("80.00").compareTo(QualificationScore.of(RequirementMode.ALL_OF, List.of(survey, registration),
                List.of(new Held("ENG_SURVEY", "乙级", true), new Held("EIA_CREDIT_REG", null, true)))), "all of: the average");
        assertEquals(0, new BigDecimal("100").compareTo(QualificationScore.of(RequirementMode.ANY_OF, List.of(survey, registration),
                List.of(new Held("ENG_SURVEY", "乙级", true), new Held("EIA_CREDIT_REG", null, true)))), "any of: the best");
    }
}
