package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.shared.error.DomainException;

/** A notice changes freely as a draft and only by correction, before its deadline, once published. */
class NoticeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-26T09:00:00Z");

    private static NoticeTerms terms(String title) {
        return NoticeRules.check(NoticeRulesTest.entered(1L, title, "Content", "Scale", "610102", FundSource.FISCAL,
                SelectionMethod.RANDOM_DRAW, new BigDecimal("86000"), null, null, null, null, null, null, null, null, 20,
                LocalDateTime.of(2026, 11, 26, 17, 0), "Wang", "029-87451230", "12345678", Set.of(1L), List.of()),
                new BigDecimal("100000"));
    }

    private static final String COMMITMENT = "ab".repeat(32);

    private static Notice draft() {
        return new Notice(2001, 2001, terms("First"), RequirementMode.ALL_OF, List.of(new NoticeRequirement("EIA_CREDIT_REG", null)), T0);
    }

    @Test
    void aDraftIsRevisedUntilPublishedThenRefusesEditsInPlace() {
        Notice n = draft();
        n.revise(terms("Second"), RequirementMode.ALL_OF, List.of(), T0.plusSeconds(60));
        assertEquals("Second", n.getTitle());
        n.publish(DEADLINE, COMMITMENT, "sealed-seed", T0.plusSeconds(120));
        assertEquals(NoticeStatus.PUBLISHED, n.getStatus());
        assertEquals(COMMITMENT, n.getDrawCommitment());
        assertEquals("notice.error.notDraft", assertThrows(DomainException.class,
                () -> n.revise(terms("Third"), RequirementMode.ALL_OF, List.of(), T0.plusSeconds(180))).messageKey());
        assertEquals("notice.error.notDraft", assertThrows(DomainException.class,
                () -> n.addAttachment(new NoticeAttachment(1, "a.pdf", "0".repeat(64)), T0)).messageKey());
        assertEquals("Second", n.getTitle());
        assertEquals("notice.error.transition", assertThrows(DomainException.class, () -> n.publish(DEADLINE, COMMITMENT, "sealed-seed", T0)).messageKey());
    }

    @Test
    void enrolmentIsOpenUntilTheDeadlineByTheServerClock() {
        Notice n = draft();
        assertFalse(n.isOpenAt(T0), "a draft is not open");
        n.publish(DEADLINE, COMMITMENT, "sealed-seed", T0);
        assertTrue(n.isOpenAt(DEADLINE.minusMillis(1)));
        assertFalse(n.isOpenAt(DEADLINE), "at the deadline it is closed");
    }

    @Test
    void aCorrectionAfterTheDeadlineIsRefused() {
        Notice n = draft();
        n.publish(DEADLINE, COMMITMENT, "sealed-seed", T0);
        assertEquals("notice.error.correctionAfterDeadline", assertThrows(DomainException.class,
                () -> n.correct("c", "s", n.getContacts().withPhones("029-87451230", "12345678"), RequirementMode.ANY_OF, DEADLINE, n.getPlannedDeadline(),
                        DEADLINE)).messageKey());
        assertEquals(RequirementMode.ALL_OF, n.getRequirementMode());
        n.cancel(DEADLINE);
        assertEquals(NoticeStatus.CANCELLED, n.getStatus());
    }

    @Test
    void theApprovalCasesKeepTheOwnersOrderOnceEach() {
        NoticeTerms t = NoticeRules.check(NoticeRulesTest.entered(1L, "T", "Content", "Scale", "610102", FundSource.FISCAL,
                SelectionMethod.RANDOM_DRAW, new BigDecimal("86000"), null, null, null, null, null, null, null, null, 20,
                LocalDateTime.of(2026, 11, 26, 17, 0), "Wang", "029-87451230", "12345678", List.of(30L, 10L, 20L, 10L),
                List.of()), new BigDecimal("100000"));
        Notice n = new Notice(2001, 2001, t, RequirementMode.ALL_OF, List.of(), T0);
        assertEquals(List.of(30L, 10L, 20L), n.getCaseIds());
        assertEquals(List.of(30L, 10L, 20L), n.terms().caseIds(), "a repost keeps the order too");
    }
}
