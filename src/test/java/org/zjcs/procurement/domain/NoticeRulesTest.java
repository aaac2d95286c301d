package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;

/** The rules of a notice's terms, one refusal each, and what a valid set of terms becomes. */
class NoticeRulesTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("100000.00");

    /** Terms as the notice form enters them, field by field. */
    static NoticeTerms entered(Long item, String title, String content, String scale, String region, FundSource fund,
                               SelectionMethod m, BigDecimal fixed, BigDecimal floor, BigDecimal ceiling, Integer minBidders,
                               Integer wp, Integer wc, Integer wq, String coefficients, String reason, Integer days,
                               LocalDateTime deadline, String contact, String phone, String complaint,
                               java.util.Collection<Long> cases, List<NoticeTerms.AvoidanceLine> avoidances) {
        return new NoticeTerms(item, title, content, scale, region, fund,
                SelectionTerms.entered(m, fixed, floor, ceiling, minBidders, wp, wc, wq, coefficients, reason), days, deadline,
                Contacts.entered(contact, phone, complaint), List.copyOf(cases), avoidances);
    }

    private static NoticeTerms terms(SelectionMethod m, String fixed, String floor, String ceiling, String reason,
                                     Integer wp, Integer wc, Integer wq, String coefficients) {
        return entered(7L, " Title ", "Content", "Scale", "610102", FundSource.FISCAL, m,
                fixed == null ? null : new BigDecimal(fixed), floor == null ? null : new BigDecimal(floor),
                ceiling == null ? null : new BigDecimal(ceiling), null, wp, wc, wq, coefficients, reason, 20,
                LocalDateTime.of(2026, 12, 1, 17, 0), "Wang", "029-87451230", "12345678", Set.of(1L), List.of());
    }

    private static String refusal(NoticeTerms t) {
        return assertThrows(DomainException.class, () -> NoticeRules.check(t, THRESHOLD)).messageKey();
    }

    @Test
    void aRandomDrawHasAFixedPriceAndTheDefaultMinimum() {
        NoticeTerms t = NoticeRules.check(terms(SelectionMethod.RANDOM_DRAW, "86000", "1", "2", null, null, null, null, null),
                THRESHOLD);
        assertEquals(new BigDecimal("86000.00"), t.selection().getFixedPrice());
        assertNull(t.selection().getPriceFloor(), "what the method does not use is cleared");
        assertEquals(3, t.selection().getMinBidders());
        assertEquals("Title", t.title());
    }

    @Test
    void amountsArePositiveWithAtMostTwoDecimals() {
        assertEquals("money.error.notPositive", refusal(terms(SelectionMethod.RANDOM_DRAW, "-5", null, null, null, null, null, null, null)));
        assertEquals("money.error.notPositive", refusal(terms(SelectionMethod.RANDOM_DRAW, "0", null, null, null, null, null, null, null)));
        assertEquals("money.error.precision", refusal(terms(SelectionMethod.RANDOM_DRAW, "100.005", null, null, null, null, null, null, null)));
        assertEquals("money.error.required", refusal(terms(SelectionMethod.RANDOM_DRAW, null, null, null, null, null, null, null, null)));
        assertEquals("money.error.tooLarge", refusal(terms(SelectionMethod.RANDOM_DRAW, "1000000000000", null, null, null, null, null, null, null)));
    }

    @Test
    void theFloorIsNotAboveTheCeiling() {
        assertEquals("notice.error.floorAboveCeiling",
                refusal(terms(SelectionMethod.LOWEST_PRICE, null, "90000.01", "90000", null, null, null, null, null)));
        NoticeTerms ok = NoticeRules.check(terms(SelectionMethod.LOWEST_PRICE, "5", "90000", "90000", null, null, null, null, null),
                THRESHOLD);
        assertNull(ok.selection().getFixedPrice());
    }

    @Test
    void aDirectPickIsBelowTheThresholdAndGivesItsReason() {
        assertEquals("notice.error.directPickThreshold",
                refusal(terms(SelectionMethod.DIRECT_PICK, "100000.00", null, null, "Urgent", null, null, null, null)));
        assertEquals("notice.error.directPickReason",
                refusal(terms(SelectionMethod.DIRECT_PICK, "99999.99", null, null, "  ", null, null, null, null)));
        NoticeTerms ok = NoticeRules.check(terms(SelectionMethod.DIRECT_PICK, "99999.99", null, null, "Only firm nearby", null, null,
                null, null), THRESHOLD);
        assertEquals(1, ok.selection().getMinBidders());
    }

    @Test
    void scoredWeightsAddUpToOneHundred() {
        assertEquals("notice.error.weights", refusal(terms(SelectionMethod.SCORED, null, "1", "2", null, 50, 30, 30, null)));
        assertEquals("notice.error.weights", refusal(terms(SelectionMethod.SCORED, null, "1", "2", null, 110, -10, 0, null)));
        assertEquals(60, NoticeRules.check(terms(SelectionMethod.SCORED, null, "1", "2", null, 60, 20, 20, null), THRESHOLD)
                .selection().getWeightPrice());
    }

    @Test
    void reasonablePriceCoefficientsAreDistinctPercentages() {
        assertEquals("95,96,97,98", NoticeRules.coefficients(""));
        assertEquals("90,95", NoticeRules.coefficients("95, 90"));
        assertEquals("notice.error.coefficients", assertThrows(DomainException.class, () -> NoticeRules.coefficients("95,95")).messageKey());
        assertEquals("notice.error.coefficients", assertThrows(DomainException.class, () -> NoticeRules.coefficients("79")).messageKey());
        assertEquals("notice.error.coefficients", assertThrows(DomainException.class, () -> NoticeRules.coefficients("a,b")).messageKey());
    }

    @Test
    void aNoticeServesAtLeastOneCaseAndNamesItsAvoidanceReasons() {
        NoticeTerms noCase = entered(7L, "T", "C", "S", "610102", FundSource.FISCAL, SelectionMethod.RANDOM_DRAW,
                new BigDecimal("1"), null, null, null, null, null, null, null, null, 20, LocalDateTime.of(2026, 12, 1, 17, 0),
                "Wang", "029-87451230", "12345678", Set.of(), List.of());
        assertEquals("notice.error.caseRequired", refusal(noCase));
        NoticeTerms noReason = entered(7L, "T", "C", "S", "610102", FundSource.FISCAL, SelectionMethod.RANDOM_DRAW,
                new BigDecimal("1"), null, null, null, null, null, null, null, null, 20, LocalDateTime.of(2026, 12, 1, 17, 0),
                "Wang", "029-87451230", "12345678", Set.of(1L), List.of(new NoticeTerms.AvoidanceLine(1001L, " ")));
        assertEquals("notice.error.avoidanceReason", refusal(noReason));
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAtOnce() {
        NoticeTerms empty = entered(null, " ", null, "", null, null, SelectionMethod.RANDOM_DRAW, null, null, null,
                null, null, null, null, null, null, null, null, "", null, " ", Set.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> NoticeRules.check(empty, THRESHOLD));
        assertEquals(List.of("serviceItem", "title", "serviceContent", "projectScale", "district", "fundSource", "fixedPrice",
                "serviceDays", "deadlineDate", "contactName", "contactPhone", "complaintPhone", "cases"), e.fields());
        assertEquals("notice.error.serviceItem", e.messageKey(), "as a domain exception: the first problem");
        ValidationException.Problem price = e.problems().get(6);
        assertEquals("money.error.required", price.messageKey());
        assertEquals(new DomainException.Label("notice.field.fixedPrice"), price.args()[0], "names the field in the reader's language");
    }

    @Test
    void aRuleNeedingAnotherFieldWaitsForItsValueAndIndependentProblemsAreAllNamed() {
        NoticeTerms t = terms(SelectionMethod.SCORED, null, "90000", "80000", null, 50, null, 30, null);
        ValidationException e = assertThrows(ValidationException.class, () -> NoticeRules.check(t, THRESHOLD));
        assertEquals(List.of("priceFloor", "weightPrice"), e.fields());
        assertEquals("notice.error.floorAboveCeiling", e.problems().get(0).messageKey());
        assertEquals("notice.error.weights", e.problems().get(1).messageKey());

        NoticeTerms pick = terms(SelectionMethod.DIRECT_PICK, "100000", null, null, " ", null, null, null, null);
        ValidationException p = assertThrows(ValidationException.class, () -> NoticeRules.check(pick, THRESHOLD));
        assertEquals(List.of("fixedPrice", "directPickReason"), p.fields(), "over the threshold and no reason: both named");
    }

    @Test
    void eachBadAvoidanceLineIsNamed() {
        NoticeTerms base = terms(SelectionMethod.RANDOM_DRAW, "86000", null, null, null, null, null, null, null);
        NoticeTerms t = entered(base.serviceItemId(), base.title(), base.serviceContent(), base.projectScale(),
                base.regionCode(), base.fundSource(), base.selection().getMethod(), base.selection().getFixedPrice(), null, null, null, null, null, null, null,
                null, base.serviceDays(), base.deadline(), base.contacts().getName(), base.contacts().getPhone(), base.contacts().getComplaintPhone(),
                base.caseIds(), List.of(new NoticeTerms.AvoidanceLine(null, "x"), new NoticeTerms.AvoidanceLine(5L, " ")));
        ValidationException e = assertThrows(ValidationException.class, () -> NoticeRules.check(t, THRESHOLD));
        assertEquals(List.of("notice.error.avoidanceFirm", "notice.error.avoidanceReason"),
                e.problems().stream().map(ValidationException.Problem::messageKey).toList());
    }
}
