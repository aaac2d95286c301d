package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.zjcs.contract.domain.Award;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.FilingLimits;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;

/**
 * What every contract use case starts from, read from the other contexts: the notice (locked when acting), its current
 * award, the caller's party, the filing due time ({@value #FILING_DAYS_DEFAULT} working days, setting
 * {@value #FILING_DAYS}, after the AWARD announcement's publication) and the answer window
 * ({@value #ANSWER_DAYS_DEFAULT} working days, setting {@value #ANSWER_DAYS}, after an upload).
 */
@ApplicationScoped
@Transactional
public class ContractLookup {

    public static final String FILING_DAYS = "contract.filing.working-days";
    public static final int FILING_DAYS_DEFAULT = 5;
    public static final String ANSWER_DAYS = "contract.answer.working-days";
    public static final int ANSWER_DAYS_DEFAULT = 2;

    @Inject
    Guard guard;

    @Inject
    NoticeRepository notices;

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionService selection;

    @Inject
    SettingsService settings;

    /** The notice, public or not (empty when unknown). */
    public Optional<Notice> notice(long noticeId) {
        return notices.find(noticeId);
    }

    /** The notice when it is public (not a draft). */
    public Optional<Notice> publicNotice(long noticeId) {
        return notices.find(noticeId).filter(x -> x.getStatus().isPublic());
    }

    /** The public notice, locked for an action; refused as "not found" when unknown or a draft. */
    public Notice lockPublic(long noticeId) {
        return notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /** The notice, locked (any status); refused as "not found" when unknown. */
    public Notice lock(long noticeId) {
        return notices.lock(noticeId).orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /** The notice's current award: the latest selection result, when it is SELECTED. */
    public Optional<Award> award(long noticeId) {
        return selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.SELECTED)
                .filter(r -> r.getWinnerFirmId() != null).map(r -> new Award(r.getWinnerFirmId(), r.getAmount()));
    }

    /** The winner of the notice's latest selection result, whatever its status (a firm that declined included). */
    public Optional<Long> latestWinner(long noticeId) {
        return selections.latest(noticeId).map(SelectionResult::getWinnerFirmId);
    }

    /** The caller's party of the notice's contract with {@code winnerFirmId}: OWNER, FIRM, or null for anyone else. */
    public ContractParty partyOf(ZjcsPrincipal me, Notice n, Long winnerFirmId) {
        if (guard.hasRole(Role.OWNER) && me.organisationId() == n.getOwnerId()) {
            return ContractParty.OWNER;
        }
        if (winnerFirmId != null && guard.hasRole(Role.FIRM) && me.organisationId() == winnerFirmId) {
            return ContractParty.FIRM;
        }
        return null;
    }

    /**
     * The filing deadline: {@value #FILING_DAYS} working days after the publication of the notice's AWARD announcement
     * (the award itself); empty before the award.
     */
    public Optional<Instant> dueAt(long noticeId) {
        return notices.announcements(noticeId).stream().filter(x -> x.getKind() == AnnouncementKind.AWARD)
                .map(Announcement::getPublishedAt).max(Instant::compareTo).map(at -> filingDue(at, filingDays()));
    }

    /** The filing deadline of an award published at {@code awardedAt}: {@code days} ({@link #filingDays}) working days later. */
    public Instant filingDue(Instant awardedAt, int days) {
        return selection.afterWorkingDays(awardedAt, days);
    }

    /** The filing time limit in working days (setting {@value #FILING_DAYS}). */
    public int filingDays() {
        return settings.intValue(FILING_DAYS, FILING_DAYS_DEFAULT);
    }

    /** The filing's two limits ({@link FilingLimits}); empty before the award. */
    public Optional<FilingLimits> limits(long noticeId) {
        int answerDays = settings.intValue(ANSWER_DAYS, ANSWER_DAYS_DEFAULT);
        return dueAt(noticeId).map(due -> new FilingLimits(due, at -> selection.afterWorkingDays(at, answerDays)));
    }
}
