package org.zjcs.contract.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;

/**
 * The rules of a notice's contract history, as the {@link Contract} aggregate holds them: filing and refiling, the
 * amount within the award, who answers a version, the late flag, declining the award, and the service-period
 * extensions. Each refusal carries the message key the pages and the API show.
 */
class ContractTest {

    static final long NOTICE = 7;
    static final long OWNER_ORG = 3;
    static final long FIRM = 11;
    static final long NEXT_FIRM = 12;
    static final Award AWARD = new Award(FIRM, new BigDecimal("100000.00"));
    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 6, 30);
    static final Instant DUE = Instant.parse("2026-12-10T10:00:00Z");
    static final Instant BEFORE_DUE = DUE.minusSeconds(3600);
    /** The filing limit DUE; answers within two days (the working days are the calendar's, not this test's). */
    static final FilingLimits LIMITS = new FilingLimits(DUE, at -> at.plus(Duration.ofDays(2)));

    private long ids = 100;

    private static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    /** What the repository does when it persists a new row. */
    private <T> T persisted(T row) {
        try {
            Field f = row.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(row, ids++);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Contract empty() {
        return new Contract(NOTICE, List.of(), List.of());
    }

    private ContractVersion file(Contract c, ContractParty party, Award award, String amount) {
        long org = party == ContractParty.OWNER ? OWNER_ORG : award.winnerFirmId();
        return persisted(c.file(NoticeStatus.AWARDED, award, party, org, 55, new BigDecimal(amount), " Survey work ",
                START, END, BEFORE_DUE, party.name().toLowerCase(), LIMITS));
    }

    private ContractVersion file(Contract c, ContractParty party) {
        return file(c, party, AWARD, "90000");
    }

    /** A contract confirmed by the firm after the owner filed it, before the due time. */
    private Contract confirmedContract() {
        Contract c = empty();
        ContractVersion v = file(c, ContractParty.OWNER);
        c.confirm(v.getId(), ContractParty.FIRM, BEFORE_DUE, "firm");
        return c;
    }

    @Test
    void onlyAnAwardedNoticeWithAnAwardStandingIsFiled() {
        Contract c = empty();
        assertEquals("contract.error.notAwarded", key(() -> c.checkFiling(NoticeStatus.SELECTED, AWARD, ContractParty.OWNER,
                BigDecimal.TEN, "work", START, END)));
        assertEquals("contract.error.notAwarded", key(() -> c.checkFiling(NoticeStatus.AWARDED, null, ContractParty.OWNER,
                BigDecimal.TEN, "work", START, END)));
        assertEquals("contract.error.notAwarded", key(() -> c.checkFiling(NoticeStatus.CONTRACTED, AWARD,
                ContractParty.FIRM, BigDecimal.TEN, "work", START, END)));
        assertTrue(c.allVersions().isEmpty(), "nothing is filed by a refusal");
    }

    @Test
    void theAmountIsMoneyAndAtMostTheAward() {
        Contract c = empty();
        DomainException above = assertThrows(DomainException.class, () -> c.checkFiling(NoticeStatus.AWARDED, AWARD,
                ContractParty.FIRM, new BigDecimal("100000.01"), "work", START, END));
        assertEquals("contract.error.aboveAward", above.messageKey());
        assertArrayEquals(new Object[] {"100000.00"}, above.args());
        assertEquals("money.error.required", key(() -> c.checkFiling(NoticeStatus.AWARDED, AWARD, ContractParty.FIRM,
                null, "work", START, END)));
        assertEquals("money.error.notPositive", key(() -> c.checkFiling(NoticeStatus.AWARDED, AWARD, ContractParty.FIRM,
                BigDecimal.ZERO, "work", START, END)));
        ContractVersion v = file(c, ContractParty.FIRM, AWARD, "100000");
        assertEquals(new BigDecimal("100000.00"), v.getAmount(), "exactly the award is allowed, kept in yuan and fen");
    }

    @Test
    void theServiceTermsAreComplete() {
        Contract c = empty();
        assertEquals("contract.error.contentRequired", key(() -> c.checkFiling(NoticeStatus.AWARDED, AWARD,
                ContractParty.OWNER, BigDecimal.TEN, " ", START, END)));
        assertEquals("contract.error.endBeforeStart", key(() -> c.checkFiling(NoticeStatus.AWARDED, AWARD,
                ContractParty.OWNER, BigDecimal.TEN, "work", END, START)));
    }

    @Test
    void aFiledVersionAwaitsItsAnswerBeforeAnotherIsFiled() {
        Contract c = empty();
        ContractVersion first = file(c, ContractParty.OWNER);
        assertEquals(1, first.getRevision());
        assertEquals(ContractStatus.SUBMITTED, first.getStatus());
        assertEquals("Survey work", first.getServiceContent());
        assertEquals("contract.error.pending", key(() -> file(c, ContractParty.OWNER)));
        assertEquals("contract.error.pending", key(() -> file(c, ContractParty.FIRM)));
        assertEquals(1, c.allVersions().size());
    }

    @Test
    void onlyTheUploaderRefilesAfterAReturn() {
        Contract c = empty();
        ContractVersion first = file(c, ContractParty.OWNER);
        c.returnVersion(first.getId(), ContractParty.FIRM, " Wrong amount ", BEFORE_DUE, "firm");
        assertEquals(ContractStatus.RETURNED, first.getStatus());
        assertEquals("Wrong amount", first.getReturnReason());
        assertEquals("firm", first.getAnsweredBy());

        assertEquals("contract.error.notUploader", key(() -> file(c, ContractParty.FIRM)));
        ContractVersion second = file(c, ContractParty.OWNER);
        assertEquals(2, second.getRevision());
        assertEquals(ContractStatus.SUBMITTED, second.getStatus());
    }

    @Test
    void aConfirmedContractIsFinal() {
        Contract c = confirmedContract();
        assertEquals("contract.error.confirmed", key(() -> file(c, ContractParty.OWNER)));
        long id = c.confirmed().orElseThrow().getId();
        assertEquals("contract.error.notSubmitted", key(() -> c.confirm(id, ContractParty.FIRM, BEFORE_DUE, "firm")));
        assertEquals("contract.error.notSubmitted",
                key(() -> c.returnVersion(id, ContractParty.FIRM, "again", BEFORE_DUE, "firm")));
    }

    @Test
    void onlyTheOtherPartyAnswersAVersion() {
        Contract c = empty();
        ContractVersion v = file(c, ContractParty.FIRM);
        assertEquals("contract.error.ownUpload", key(() -> c.confirm(v.getId(), ContractParty.FIRM, BEFORE_DUE, "firm")));
        assertEquals("contract.error.ownUpload",
                key(() -> c.returnVersion(v.getId(), ContractParty.FIRM, "no", BEFORE_DUE, "firm")));
        assertEquals("contract.error.notFound", key(() -> c.confirm(v.getId(), null, BEFORE_DUE, "someone")));
        assertEquals("contract.error.notFound", key(() -> c.confirm(v.getId() + 1, ContractParty.OWNER, BEFORE_DUE, "o")));
        assertEquals(ContractStatus.SUBMITTED, v.getStatus(), "a refused answer changes nothing");
    }

    @Test
    void aReturnNeedsAReason() {
        Contract c = empty();
        ContractVersion v = file(c, ContractParty.FIRM);
        assertEquals("contract.error.reasonRequired",
                key(() -> c.returnVersion(v.getId(), ContractParty.OWNER, "  ", BEFORE_DUE, "owner")));
        assertEquals("contract.error.reasonTooLong", key(() -> c.returnVersion(v.getId(), ContractParty.OWNER,
                "x".repeat(ContractVersion.REASON_LENGTH + 1), BEFORE_DUE, "owner")));
        assertEquals(ContractStatus.SUBMITTED, v.getStatus());
    }

    @Test
    void aConfirmationSettlesTheFiling() {
        Contract c = empty();
        ContractVersion a = file(c, ContractParty.OWNER);
        assertEquals(DUE, a.getDueAt(), "the first upload is due at the filing limit");
        assertEquals(BEFORE_DUE.plus(Duration.ofDays(2)), a.getAnswerDueAt(), "the answer is due two days after the upload");
        c.confirm(a.getId(), ContractParty.FIRM, DUE, "firm");
        assertFalse(a.isLate(), "both in time (who is late: ContractBlameTest)");
        assertEquals(DUE, a.getAnsweredAt());
        assertEquals(ContractStatus.CONFIRMED, a.getStatus());
        assertEquals(Optional.of(a), c.confirmed());
        assertEquals(Optional.of(END), c.serviceEnd());
    }

    @Test
    void theAwardIsDeclinedOnlyBeforeTheContractIsFiled() {
        Contract.checkDeclinable(NoticeStatus.AWARDED);
        for (NoticeStatus s : List.of(NoticeStatus.CONTRACTED, NoticeStatus.IN_SERVICE, NoticeStatus.DELIVERED,
                NoticeStatus.COMPLETED)) {
            assertEquals("decline.error.contractFiled", key(() -> Contract.checkDeclinable(s)), s.name());
        }
        assertEquals("decline.error.notAwarded", key(() -> Contract.checkDeclinable(NoticeStatus.DECLINED)));
        assertEquals("decline.error.notAwarded", key(() -> Contract.checkDeclinable(NoticeStatus.SELECTED)));
    }

    @Test
    void aDecliningFirmsOpenVersionsAreWithdrawnAndNoLongerCount() {
        Contract c = empty();
        ContractVersion returned = file(c, ContractParty.OWNER);
        c.returnVersion(returned.getId(), ContractParty.FIRM, "typo", BEFORE_DUE, "firm");
        ContractVersion pending = file(c, ContractParty.OWNER);

        List<ContractVersion> withdrawn = c.withdrawOpenVersionsOf(FIRM, BEFORE_DUE, "firm");
        assertEquals(List.of(returned, pending), withdrawn);
        assertEquals(ContractStatus.WITHDRAWN, returned.getStatus());
        assertEquals("firm", pending.getWithdrawnBy());
        assertEquals("contract.error.notSubmitted",
                key(() -> c.confirm(pending.getId(), ContractParty.FIRM, BEFORE_DUE, "firm")));

        // the runner-up takes the award: the first filing for it starts afresh, with the next revision number
        Award next = new Award(NEXT_FIRM, new BigDecimal("95000.00"));
        assertTrue(c.versionsOf(NEXT_FIRM).isEmpty());
        ContractVersion fresh = file(c, ContractParty.FIRM, next, "95000");
        assertEquals(3, fresh.getRevision());
        assertEquals(NEXT_FIRM, fresh.getWinnerFirmId());
        assertEquals(List.of(fresh), c.versionsOf(NEXT_FIRM));
        assertEquals(3, c.versionsOf(null).size());
    }

    @Test
    void onlyTheWinnerOfTheConfirmedContractAsksForAnExtension() {
        Contract none = empty();
        assertEquals("extension.error.notWinner", key(() -> none.requestExtension(FIRM, NoticeStatus.CONTRACTED,
                END.plusDays(30), "more work", BEFORE_DUE, "firm")));
        Contract c = confirmedContract();
        assertEquals("extension.error.notWinner", key(() -> c.requestExtension(NEXT_FIRM, NoticeStatus.CONTRACTED,
                END.plusDays(30), "more work", BEFORE_DUE, "other")));
    }

    @Test
    void extensionsAreAskedForWhileTheServiceRuns() {
        Contract c = confirmedContract();
        for (NoticeStatus s : List.of(NoticeStatus.AWARDED, NoticeStatus.DELIVERED, NoticeStatus.COMPLETED)) {
            assertEquals("extension.error.notInService", key(() -> c.requestExtension(FIRM, s, END.plusDays(30),
                    "more work", BEFORE_DUE, "firm")), s.name());
        }
        ContractExtension e = persisted(c.requestExtension(FIRM, NoticeStatus.IN_SERVICE, END.plusDays(30), "more work",
                BEFORE_DUE, "firm"));
        assertEquals(ExtensionStatus.REQUESTED, e.getStatus());
        assertEquals(c.confirmed().orElseThrow().getId().longValue(), e.getContractId());
        assertEquals("extension.error.notInService",
                key(() -> c.approveExtension(e.getId(), NoticeStatus.DELIVERED, BEFORE_DUE, "owner")));
        assertEquals(ExtensionStatus.REQUESTED, e.getStatus());
    }

    @Test
    void oneRequestAtATimeEachAfterTheCurrentEnd() {
        Contract c = confirmedContract();
        ContractExtension first = persisted(c.requestExtension(FIRM, NoticeStatus.CONTRACTED, END.plusDays(30),
                "more work", BEFORE_DUE, "firm"));
        assertEquals(1, first.getSequenceNo());
        assertEquals(Optional.of(first), c.pendingExtension());
        assertEquals("extension.error.pending", key(() -> c.requestExtension(FIRM, NoticeStatus.CONTRACTED,
                END.plusDays(60), "even more", BEFORE_DUE, "firm")));

        c.approveExtension(first.getId(), NoticeStatus.CONTRACTED, BEFORE_DUE, "owner");
        assertEquals(Optional.of(END.plusDays(30)), c.serviceEnd(), "the approved end is the service end now");
        assertEquals(Optional.of(END.plusDays(30)), c.approvedServiceEnd());
        DomainException notAfter = assertThrows(DomainException.class, () -> c.requestExtension(FIRM,
                NoticeStatus.IN_SERVICE, END.plusDays(20), "shorter", BEFORE_DUE, "firm"));
        assertEquals("extension.error.notAfterCurrentEnd", notAfter.messageKey());
        assertArrayEquals(new Object[] {END.plusDays(30).toString()}, notAfter.args());

        ContractExtension second = persisted(c.requestExtension(FIRM, NoticeStatus.IN_SERVICE, END.plusDays(60),
                "even more", BEFORE_DUE, "firm"));
        assertEquals(2, second.getSequenceNo());
    }

    @Test
    void theOwnerAnswersOnlyThePendingRequest() {
        Contract c = confirmedContract();
        assertEquals("extension.error.notRequested",
                key(() -> c.approveExtension(1, NoticeStatus.CONTRACTED, BEFORE_DUE, "owner")));
        ContractExtension e = persisted(c.requestExtension(FIRM, NoticeStatus.CONTRACTED, END.plusDays(30), "more work",
                BEFORE_DUE, "firm"));
        assertEquals("extension.error.notRequested",
                key(() -> c.approveExtension(e.getId() + 1, NoticeStatus.CONTRACTED, BEFORE_DUE, "owner")));
        assertEquals("extension.error.answerReasonRequired", key(() -> c.refuseExtension(e.getId(), " ", BEFORE_DUE,
                "owner")));

        c.refuseExtension(e.getId(), " Not needed ", BEFORE_DUE, "owner");
        assertEquals(ExtensionStatus.REFUSED, e.getStatus());
        assertEquals("Not needed", e.getAnswerReason());
        assertEquals(Optional.of(END), c.serviceEnd(), "a refusal leaves the service end");
        assertEquals("extension.error.notRequested",
                key(() -> c.approveExtension(e.getId(), NoticeStatus.CONTRACTED, BEFORE_DUE, "owner")));
        assertEquals(FIRM, c.contractOf(e).getWinnerFirmId(), "the winner is told the answer");
    }
}
