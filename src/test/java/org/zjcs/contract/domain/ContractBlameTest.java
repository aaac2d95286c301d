package org.zjcs.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.NoticeStatus;

/**
 * Fair blame for a late contract filing (docs/domain-rules.md, "Who was late"): the uploader's first upload must meet
 * the filing limit, the other party's answer its own window after the upload; only the party that missed its limit is
 * late. After a return the corrected version is due at the later of the filing limit and the window opened by the return.
 */
class ContractBlameTest {

    static final long NOTICE = 7;
    static final long OWNER_ORG = 3;
    static final long FIRM = 11;
    static final Award AWARD = new Award(FIRM, new BigDecimal("100000.00"));
    /** The filing limit. */
    static final Instant F = Instant.parse("2026-12-10T10:00:00Z");
    static final Duration WINDOW = Duration.ofDays(2);
    static final FilingLimits LIMITS = new FilingLimits(F, at -> at.plus(WINDOW));
    static final Duration HOUR = Duration.ofHours(1);

    private long ids = 100;

    private ContractVersion upload(Contract c, ContractParty party, Instant at) {
        long org = party == ContractParty.OWNER ? OWNER_ORG : FIRM;
        ContractVersion v = c.file(NoticeStatus.AWARDED, AWARD, party, org, 55, new BigDecimal("90000"), "Survey work",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), at, party.name().toLowerCase(), LIMITS);
        return withId(v, ids++);
    }

    private static <T> T withId(T row, long id) {
        try {
            Field f = row.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(row, id);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Contract empty() {
        return new Contract(NOTICE, List.of(), List.of());
    }

    private static void assertBlame(boolean firmLate, boolean ownerLate, ContractVersion confirmed) {
        assertEquals(firmLate, confirmed.isFirmLate(), "firm late");
        assertEquals(ownerLate, confirmed.isOwnerLate(), "owner late");
        assertEquals(firmLate || ownerLate, confirmed.isLate(), "late when anyone was");
    }

    @Test
    void theFirmUploadsInTimeAndTheOwnerAnswersLate() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.FIRM, F.minus(HOUR));
        Instant answer = v.getAnswerDueAt().plusSeconds(1);
        c.confirm(v.getId(), ContractParty.OWNER, answer, "owner");
        assertTrue(v.isAnsweredLate());
        assertFalse(v.isUploadedLate());
        assertBlame(false, true, v);
    }

    @Test
    void theFirmUploadsLate() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.FIRM, F.plusSeconds(1));
        c.confirm(v.getId(), ContractParty.OWNER, F.plus(HOUR), "owner");
        assertTrue(v.isUploadedLate());
        assertBlame(true, false, v);
    }

    @Test
    void theOwnerUploadsAndTheFirmAnswersLate() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.OWNER, F.minus(Duration.ofDays(3)));
        c.confirm(v.getId(), ContractParty.FIRM, v.getAnswerDueAt().plusSeconds(1), "firm");
        assertBlame(true, false, v);
    }

    @Test
    void theOwnerUploadsLate() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.OWNER, F.plusSeconds(1));
        c.confirm(v.getId(), ContractParty.FIRM, F.plus(HOUR), "firm");
        assertBlame(false, true, v);
    }

    @Test
    void bothInTimeIsNobodyLateEvenWhenTheConfirmationComesAfterTheFilingLimit() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.FIRM, F.minus(HOUR));
        c.confirm(v.getId(), ContractParty.OWNER, F.plus(Duration.ofDays(1)), "owner");
        assertBlame(false, false, v);
        Contract exact = empty();
        ContractVersion w = upload(exact, ContractParty.OWNER, F);
        exact.confirm(w.getId(), ContractParty.FIRM, w.getAnswerDueAt(), "firm");
        assertBlame(false, false, w);
    }

    @Test
    void afterAReturnTheCorrectionIsDueWithinTheWindowOfTheReturnAndNeverBeforeTheFilingLimit() {
        // a late return: the correction gets the window from the return, past the filing limit
        Contract c = empty();
        ContractVersion first = upload(c, ContractParty.FIRM, F.minus(HOUR));
        Instant returned = F.plus(HOUR);
        c.returnVersion(first.getId(), ContractParty.OWNER, "Wrong amount", returned, "owner");
        ContractVersion second = upload(c, ContractParty.FIRM, returned.plus(WINDOW));
        assertEquals(returned.plus(WINDOW), second.getDueAt());
        c.confirm(second.getId(), ContractParty.OWNER, second.getAnswerDueAt(), "owner");
        assertBlame(false, false, second);

        // a quick return does not shorten the filing limit
        Contract quick = empty();
        ContractVersion a = upload(quick, ContractParty.FIRM, F.minus(Duration.ofDays(10)));
        quick.returnVersion(a.getId(), ContractParty.OWNER, "Wrong amount", F.minus(Duration.ofDays(9)), "owner");
        ContractVersion b = upload(quick, ContractParty.FIRM, F.minus(HOUR));
        assertEquals(F, b.getDueAt());
        quick.confirm(b.getId(), ContractParty.OWNER, F.plus(HOUR), "owner");
        assertBlame(false, false, b);
    }

    @Test
    void aCorrectionAfterItsLimitMakesTheUploaderLate() {
        Contract c = empty();
        ContractVersion first = upload(c, ContractParty.FIRM, F.minus(Duration.ofDays(1)));
        Instant returned = F.minus(Duration.ofHours(20));
        c.returnVersion(first.getId(), ContractParty.OWNER, "Wrong dates", returned, "owner");
        ContractVersion second = upload(c, ContractParty.FIRM, returned.plus(WINDOW).plusSeconds(1));
        c.confirm(second.getId(), ContractParty.OWNER, second.getSubmittedAt().plus(HOUR), "owner");
        assertBlame(true, false, second);
    }

    @Test
    void aLateReturnCountsAgainstTheAnsweringPartyEvenWhenTheCorrectionIsConfirmedInTime() {
        Contract c = empty();
        ContractVersion first = upload(c, ContractParty.FIRM, F.minus(Duration.ofDays(4)));
        Instant returned = first.getAnswerDueAt().plusSeconds(1);
        c.returnVersion(first.getId(), ContractParty.OWNER, "Wrong amount", returned, "owner");
        ContractVersion second = upload(c, ContractParty.FIRM, returned.plus(HOUR));
        c.confirm(second.getId(), ContractParty.OWNER, second.getSubmittedAt().plus(HOUR), "owner");
        assertBlame(false, true, second);
    }

    @Test
    void bothCanBeLate() {
        Contract c = empty();
        ContractVersion v = upload(c, ContractParty.FIRM, F.plusSeconds(1));
        c.confirm(v.getId(), ContractParty.OWNER, v.getAnswerDueAt().plusSeconds(1), "owner");
        assertBlame(true, true, v);
    }

    @Test
    void aVersionFiledBeforeTheRuleKeepsTheOldRule() {
        ContractVersion old = withId(new ContractVersion(NOTICE, 1, ContractParty.FIRM, FIRM, FIRM, 55,
                new BigDecimal("90000"), "Survey work", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                F.minus(HOUR), "firm", F, null), 1);
        Contract c = new Contract(NOTICE, List.of(old), List.of());
        assertFalse(old.isFairlyJudged());
        c.confirm(old.getId(), ContractParty.OWNER, F.plusSeconds(1), "owner");
        assertBlame(true, false, old);
        assertFalse(old.isAnsweredLate(), "no answer limit before the rule");
    }

    @Test
    void theUploadersLimitAndTheAnswerLimitAreFixedAtTheUpload() {
        Contract c = empty();
        Instant at = F.minus(Duration.ofDays(1));
        ContractVersion v = upload(c, ContractParty.OWNER, at);
        assertEquals(F, v.getDueAt());
        assertEquals(at.plus(WINDOW), v.getAnswerDueAt());
        assertEquals(List.of(), List.of(c.confirmed().stream().toArray()), "nothing confirmed yet");
    }
}
