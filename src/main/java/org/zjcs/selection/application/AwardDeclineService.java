package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.application.NoticeAnnouncer;
import org.zjcs.procurement.application.NoticePublication;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.EligibilityRules;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.EligibilityRules.NoticeFacts;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionStatus;
import org.zjcs.selection.domain.RunnerUpChooser;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.infrastructure.ObjectionRepository;
import org.zjcs.selection.infrastructure.SelectionRepository;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;

/**
 * Declining an award (放弃中选) on the selection side (docs/domain-rules.md): the winner's result is marked DECLINED and
 * announced, audited as {@code AWARD_DECLINED} and told to credit (the credit event {@code AWARD_DECLINED}); for the price and scored methods the owner then takes
 * the runner-up from the same proof (a new round, same seed and proof, a new publicity period) or ends the notice to
 * post it again; a random draw or direct pick fails at once. The winning firm declines through the contract context
 * (ContractService.declineAward), which withdraws its open contract versions first.
 */
@ApplicationScoped
@Transactional
public class AwardDeclineService {

    @Inject
    Guard guard;

    public static final int REASON_LENGTH = 500;
    /** The audit action of a decline; the same fact is the credit event {@code CreditCode.AWARD_DECLINED}. */
    public static final String CREDIT_EVENT = "AWARD_DECLINED";

    @Inject
    NoticeRepository notices;

    @Inject
    NoticeQueries noticeQueries;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    NoticePublication publication;

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionService selection;

    @Inject
    ObjectionRepository objections;

    @Inject
    EligibilityService eligibility;

    @Inject
    AccountService accounts;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    CreditService credit;

    @Inject
    Clock clock;

    /** The runner-up the owner may take, for the page (EL reads getters, not records). */
    public static final class RunnerUpView {
        private final long firmId;
        private final String firmName;
        private final int rank;
        private final BigDecimal price;
        private final int basedOnRound;

        RunnerUpView(RunnerUpChooser.Candidate c, int basedOnRound) {
            this.firmId = c.firmId();
            this.firmName = c.firmName();
            this.rank = c.rank();
            this.price = c.price();
            this.basedOnRound = basedOnRound;
        }

        public long getFirmId() {
            return firmId;
        }

        public String getFirmName() {
            return firmName;
        }

        public int getRank() {
            return rank;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public int getBasedOnRound() {
            return basedOnRound;
        }
    }

    /** The reason of a decline: required, trimmed, at most {@value #REASON_LENGTH} characters. */
    public static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("decline.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw new DomainException("decline.error.reasonTooLong", String.valueOf(REASON_LENGTH));
        }
        return reason.trim();
    }

    /**
     * The awarded firm {@code firmId} declines: its result becomes DECLINED, the notice DECLINED (price and scored
     * methods, FAILED when no firm of the ranking is left) or FAILED (random draw, direct pick); announced in public,
     * audited as the credit event, the owner notified. The caller (the contract context) has checked who is asking.
     *
     * @return the notice's status afterwards
     */
    public NoticeStatus declineAward(long noticeId, long firmId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        String why = checkReason(reason);
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (n.getStatus() != NoticeStatus.AWARDED) {
            throw new DomainException("decline.error.notAwarded");
        }
        SelectionResult current = selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.SELECTED)
                .orElseThrow(() -> new DomainException("decline.error.notAwarded"));
        if (current.getWinnerFirmId() == null || current.getWinnerFirmId() != firmId || me.organisationId() != firmId) {
            throw new DomainException("decline.error.notWinner");
        }
        Instant now = clock.instant();
        current.decline(why, now);
        n.declineAward(now);
        String next = "REPOST";
        if (n.getStatus() == NoticeStatus.DECLINED) {
            if (RunnerUpChooser.anyLeft(Proof.parse(current.getProof()), outOf(noticeId))) {
                next = "RUNNER_UP";
            } else {
                n.fail(now); // nobody of the ranking is left: the owner may only post it again
            }
        }
        String firmName = accounts.organisation(firmId).getName();
        announcer.announceOutcome(n, AnnouncementKind.DECLINED, me.username(), why,
                Json.createObjectBuilder().add("round", current.getRound()).add("firm", firmId).add("firmName", firmName)
                        .add("next", next).add("status", n.getStatus().name()).build(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", String.valueOf(firmId));
        details.put("round", String.valueOf(current.getRound()));
        details.put("reason", why);
        details.put("amount", current.getAmount() == null ? "" : current.getAmount().toPlainString());
        details.put("next", next);
        audit.record(CREDIT_EVENT, "Notice", String.valueOf(noticeId), details);
        credit.record(CreditFact.of(firmId, CreditCode.AWARD_DECLINED, CreditSource.SELECTION_RESULT, current.getId(),
                noticeId, now));
        notifications.notifyOrganisation(n.getOwnerId(), "decline.notify.owner", List.of(n.getTitle(), firmName),
                "/owner/selection.xhtml?id=" + noticeId);
        return n.getStatus();
    }

    /** The runner-up the owner of a DECLINED notice may take today; empty when none is eligible (or not DECLINED). */
    public Optional<RunnerUpView> runnerUp(long noticeId) {
        Notice n = noticeQueries.myNotice(noticeId);
        if (n.getStatus() != NoticeStatus.DECLINED) {
            return Optional.empty();
        }
        SelectionResult declined = lastDeclined(noticeId);
        return choose(n, declined).candidate().map(c -> new RunnerUpView(c, declined.getProofRound()));
    }

    /**
     * The owner takes the runner-up from the same proof: a new round (same seed, proof and proof hash) with the runner-up
     * at its bid price, announced as a RESULT, and a new publicity period exactly as after a selection run (objections
     * possible; the award follows by itself at its end). Refused when no firm is eligible.
     */
    public SelectionResult takeRunnerUp(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        noticeQueries.myNotice(noticeId);
        Notice n = notices.lock(noticeId).orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (n.getStatus() != NoticeStatus.DECLINED) {
            throw new DomainException("decline.error.notDeclined");
        }
        SelectionResult declined = lastDeclined(noticeId);
        RunnerUpChooser.Choice choice = choose(n, declined);
        RunnerUpChooser.Candidate c = choice.candidate().orElseThrow(() -> new DomainException("decline.error.noRunnerUp"));
        Instant now = clock.instant();
        BigDecimal amount = c.price() != null ? c.price() : n.getFixedPrice();
        List<Exclusion> skipped = choice.skipped().stream()
                .map(s -> new Exclusion(s.firmId(), s.receiptHash(), s.reasons())).toList();
        SelectionResult r = SelectionResult.runnerUp(declined, declined.getRound() + 1, c.firmId(), amount, now,
                me.username(), skipped);
        selections.add(r);
        Instant publicityEnds = selection.afterWorkingDays(now, settings.intValue(SelectionService.PUBLICITY_DAYS, 3));
        n.announceResult(publicityEnds, now);
        JsonObjectBuilder summary = Json.createObjectBuilder().add("round", r.getRound()).add("method", n.getMethod().name())
                .add("status", r.getStatus().name()).add("basis", SelectionResult.RUNNER_UP)
                .add("basedOnRound", r.getBasedOnRound()).add("afterDeclineOfRound", declined.getRound())
                .add("rank", c.rank()).add("excluded", skipped.size()).add("proofHash", r.getProofHash())
                .add("winner", c.firmId()).add("winnerName", c.firmName()).add("amount", amount.toPlainString())
                .add("publicityEndsAt", publicityEnds.toString());
        announcer.announceOutcome(n, AnnouncementKind.RESULT, me.username(), null, summary.build(), now);
        announcer.timeSet(noticeId, publicityEnds);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", r.getRound());
        details.put("basedOnRound", r.getBasedOnRound());
        details.put("afterDeclineOfRound", declined.getRound());
        details.put("winner", String.valueOf(c.firmId()));
        details.put("rank", c.rank());
        details.put("amount", amount.toPlainString());
        details.put("proofHash", r.getProofHash());
        details.put("skipped", String.valueOf(skipped.size()));
        audit.record("RUNNER_UP_SELECTED", "Notice", String.valueOf(noticeId), details);
        notifications.notifyOrganisation(c.firmId(), "selection.notify.won", List.of(n.getTitle()), "/notice.xhtml?id=" + noticeId);
        notifications.notifyOrganisation(n.getOwnerId(), "selection.notify.selected", List.of(n.getTitle(), c.firmName()),
                "/notice.xhtml?id=" + noticeId);
        return r;
    }

    /**
     * The owner ends a DECLINED notice instead of taking the runner-up (终止并重新发布): the notice FAILS (announced) and
     * is posted again at once as a new draft with the same terms; returns the draft's id.
     */
    public long endAndRepost(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        noticeQueries.myNotice(noticeId);
        Notice n = notices.lock(noticeId).orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (n.getStatus() != NoticeStatus.DECLINED) {
            throw new DomainException("decline.error.notDeclined");
        }
        SelectionResult declined = lastDeclined(noticeId);
        Instant now = clock.instant();
        n.fail(now);
        announcer.announceOutcome(n, AnnouncementKind.FAILURE, me.username(), null, Json.createObjectBuilder()
                .add("round", declined.getRound()).add("status", NoticeStatus.FAILED.name()).add("afterDecline", true)
                .build(), now);
        audit.record("NOTICE_ENDED_AFTER_DECLINE", "Notice", String.valueOf(noticeId),
                Map.of("round", String.valueOf(declined.getRound())));
        return publication.repostNotice(noticeId);
    }

    private SelectionResult lastDeclined(long noticeId) {
        return selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.DECLINED)
                .orElseThrow(() -> new DomainException("decline.error.notDeclined"));
    }

    private RunnerUpChooser.Choice choose(Notice n, SelectionResult declined) {
        LocalDate day = BusinessTime.dateOf(clock.instant());
        NoticeFacts facts = eligibility.noticeFacts(n);
        return RunnerUpChooser.choose(Proof.parse(declined.getProof()), outOf(n.getId()), firmId -> {
            List<Failure> failures = EligibilityRules.check(eligibility.firmFacts(firmId, day), facts, false);
            return failures.isEmpty() ? Optional.empty() : Optional.of(SelectionService.reasonsJson(failures, null));
        });
    }

    /** The firms out on this notice: declined an award, or disqualified by an upheld objection. */
    private Map<Long, String> outOf(long noticeId) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Objection o : objections.ofNotice(noticeId)) {
            if (o.getStatus() == ObjectionStatus.UPHELD && o.getDisqualifiedFirmId() != null) {
                out.put(o.getDisqualifiedFirmId(), SelectionService.reasonsJson(List.of(), "selection.disqualified"));
            }
        }
        selection.declinedFirms(noticeId).forEach(f -> out.put(f, SelectionService.reasonsJson(List.of(), "selection.declined")));
        return out;
    }
}
