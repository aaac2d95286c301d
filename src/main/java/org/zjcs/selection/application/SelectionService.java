package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.application.NoticeAnnouncer;
import org.zjcs.procurement.application.WitnessService;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.EligibilityRules;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.EligibilityRules.FirmFacts;
import org.zjcs.selection.domain.EligibilityRules.NoticeFacts;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.QualificationScore;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.FailureReason;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;
import org.zjcs.selection.domain.method.Weights;
import org.zjcs.selection.infrastructure.EnrolmentRepository;
import org.zjcs.selection.infrastructure.SelectionRepository;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocalizedText;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;

/**
 * Selection (选取): at the deadline the notice closes by itself, its sealed enrolments are opened, every firm is checked
 * again, and the notice's method selects a winner from the eligible entries with the notice's committed seed
 * (docs/draw.md); the result and its proof are announced and a publicity period starts; too few eligible entries fail
 * the notice (流标). A direct-pick notice waits for the owner to name one of the eligible firms. Exactly once: the notice
 * row is locked and its status decides, so two servers, or a retry, find the work done.
 */
@ApplicationScoped
@Transactional
public class SelectionService {

    @Inject
    Guard guard;

    /** The audit and announcement actor of what happens by itself. */
    public static final String SYSTEM = "system";
    public static final String PUBLICITY_DAYS = "selection.publicity.working-days";
    public static final String ANSWER_DAYS = "selection.objection.answer-working-days";

    private static final Logger LOG = Logger.getLogger(SelectionService.class.getName());
    private static final SecureRandom LATE_SEEDS = new SecureRandom();

    @Inject
    NoticeRepository notices;

    @Inject
    NoticeQueries noticeQueries;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SelectionRepository selections;

    @Inject
    EligibilityService eligibility;

    @Inject
    CreditService credit;

    @Inject
    AccountService accounts;

    @Inject
    SealingService sealing;

    @Inject
    WitnessService witnesses;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** An opened enrolment: the firm and price in clear, its receipt. */
    public record Opened(long firmId, BigDecimal price, String receiptHash) {
    }

    /**
     * Closes the notice when its deadline has passed and runs the selection (a direct pick waits for the owner). Does
     * nothing when it is not due or already done. Returns what happened, for the scheduler's log.
     */
    public String closeAndSelect(long noticeId) {
        Instant now = clock.instant();
        Notice n = notices.lock(noticeId).orElse(null);
        if (n == null || n.getStatus() != NoticeStatus.PUBLISHED || now.isBefore(n.getEnrolmentDeadline())) {
            return "not due";
        }
        n.close(now);
        List<Opened> opened = openEnrolments(n);
        List<String> ledger = enrolments.ledger(noticeId);
        Map<String, Object> closed = new LinkedHashMap<>();
        closed.put("deadline", n.getEnrolmentDeadline().toString());
        closed.put("enrolments", String.valueOf(opened.size()));
        closed.put("submissions", String.valueOf(ledger.size()));
        closed.put("ledgerSha256", Sha256.hex(String.join("\n", ledger)));
        audit.recordAs(SYSTEM, "NOTICE_CLOSED", "Notice", String.valueOf(noticeId), closed);
        if (n.getMethod() == SelectionMethod.DIRECT_PICK && !opened.isEmpty()) {
            notifications.notifyOrganisation(n.getOwnerId(), "selection.notify.directPickDue", List.of(n.getTitle()),
                    "/owner/selection.xhtml?id=" + noticeId);
            return "closed, waiting for the owner's direct pick";
        }
        SelectionResult r = run(n, opened, null, Set.of(), 1, SYSTEM, now);
        return r.getStatus().name();
    }

    /** The owner of a closed direct-pick notice names the firm; it must be one of the eligible enrolled firms. */
    public SelectionResult directPick(long noticeId, long firmId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        noticeQueries.myNotice(noticeId);
        Notice n = notices.lock(noticeId).orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (n.getMethod() != SelectionMethod.DIRECT_PICK) {
            throw new DomainException("selection.error.notDirectPick");
        }
        if (n.getStatus() != NoticeStatus.CLOSED) {
            throw new DomainException("selection.error.notClosed");
        }
        List<Opened> opened = openedEntries(noticeId);
        if (opened.stream().noneMatch(o -> o.firmId() == firmId)) {
            throw new DomainException("selection.error.directPickNotEnrolled");
        }
        SelectionResult r = run(n, opened, firmId, Set.of(), 1, me.username(), clock.instant());
        if (r.getStatus() == SelectionStatus.FAILED && FailureReason.NOT_ENROLLED.name().equals(r.getFailureReason())) {
            throw new DomainException("selection.error.directPickNotEligible");
        }
        return r;
    }

    /**
     * Runs a selection round on the opened entries, re-checking every firm that day; records the result with its proof,
     * announces it and starts the publicity period, or fails the notice.
     */
    public SelectionResult run(Notice n, List<Opened> opened, Long directPick, Set<Long> disqualified, int round, String actor,
                        Instant now) {
        LocalDate day = BusinessTime.dateOf(now);
        NoticeFacts facts = eligibility.noticeFacts(n);
        List<Entry> entries = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        Set<Long> declined = declinedFirms(n.getId());
        // each firm's public credit score at the run, written into the proof (the verifier reads it from there)
        List<Long> firmIds = opened.stream().map(Opened::firmId).distinct().toList();
        Map<Long, CreditStanding> standings = credit.standings(firmIds);
        // every firm's facts in a few queries, not a few per firm
        Map<Long, FirmFacts> allFacts = eligibility.firmFacts(firmIds, day);
        Map<Long, org.zjcs.security.domain.Organisation> orgs = accounts.organisations(firmIds);
        for (Opened o : opened) {
            if (disqualified.contains(o.firmId())) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), reasonsJson(List.of(), "selection.disqualified")));
                continue;
            }
            if (declined.contains(o.firmId())) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), reasonsJson(List.of(), "selection.declined")));
                continue;
            }
            FirmFacts firm = allFacts.get(o.firmId());
            List<Failure> failures = EligibilityRules.check(firm, facts, false);
            if (!failures.isEmpty()) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), reasonsJson(failures, null)));
                continue;
            }
            entries.add(new Entry(o.firmId(), orgs.get(o.firmId()).getName(), o.receiptHash(), o.price(),
                    BigDecimal.valueOf(standings.get(o.firmId()).getScore()), QualificationScore.of(n.getRequirementMode(), facts.requirements(), firm.qualifications())));
        }
        SelectionInput input = new SelectionInput(n.getId(), n.getMethod(), n.getMinBidders(), coefficients(n),
                n.getWeightPrice() == null ? null : new Weights(n.getWeightPrice(), n.getWeightCredit(), n.getWeightQualification()),
                directPick, entries);
        byte[] seed = seedOf(n);
        Outcome outcome;
        String proofJson;
        if (n.getDrawWitnessCommitment() != null && n.getDrawSeedSealed() != null) {
            // version 2 (docs/draw.md): the witness, revealed only now, and the closed ledger, withdrawals included
            byte[] witness = witnesses.reveal(n);
            List<String> ledger = enrolments.ledger(n.getId());
            outcome = SelectionRules.of(input.method()).select(input,
                    input.drawStreamV2(seed, witness, DrawStream.ledgerDigest(ledger)));
            proofJson = Proof.ofV2(input, seed, witness, ledger, outcome).toJson();
        } else {
            // a notice published before draws had a witness keeps version 1
            outcome = SelectionRules.select(input, seed);
            proofJson = Proof.of(input, seed, outcome).toJson();
        }
        boolean selected = outcome.isSelected();
        Entry winner = outcome.winner();
        BigDecimal amount = !selected ? null : winner.price() != null ? winner.price() : n.getFixedPrice();
        SelectionResult result = new SelectionResult(n.getId(), round, n.getMethod(), selected,
                selected ? null : outcome.failure().name(), selected ? winner.firmId() : null, amount,
                HexFormat.of().formatHex(seed), proofJson, Sha256.hex(proofJson), now, actor, excluded);
        if (directPick != null && !selected && outcome.failure() == FailureReason.NOT_ENROLLED) {
            return result; // not stored: the owner is told and chooses again
        }
        selections.add(result);
        JsonObjectBuilder summary = Json.createObjectBuilder().add("round", round).add("method", n.getMethod().name())
                .add("status", result.getStatus().name()).add("eligible", entries.size()).add("excluded", excluded.size())
                .add("proofHash", result.getProofHash());
        if (selected) {
            Instant publicityEnds = afterWorkingDays(now, settings.intValue(PUBLICITY_DAYS, 3));
            n.announceResult(publicityEnds, now);
            summary.add("winner", winner.firmId()).add("winnerName", winner.firmName()).add("amount", amount.toPlainString())
                    .add("publicityEndsAt", publicityEnds.toString());
            announcer.announceOutcome(n, AnnouncementKind.RESULT, actor, null, summary.build(), now);
            announcer.timeSet(n.getId(), publicityEnds);
            notifications.notifyOrganisation(winner.firmId(), "selection.notify.won", List.of(n.getTitle()),
                    "/notice.xhtml?id=" + n.getId());
            notifications.notifyOrganisation(n.getOwnerId(), "selection.notify.selected", List.of(n.getTitle(), winner.firmName()),
                    "/notice.xhtml?id=" + n.getId());
        } else {
            summary.add("failure", outcome.failure().name()).add("minBidders", n.getMinBidders());
            n.fail(now);
            announcer.announceOutcome(n, AnnouncementKind.FAILURE, actor, null, summary.build(), now);
            notifications.notifyOrganisation(n.getOwnerId(), "selection.notify.failed", List.of(n.getTitle()),
                    "/notice.xhtml?id=" + n.getId());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", round);
        details.put("status", result.getStatus().name());
        details.put("winner", String.valueOf(result.getWinnerFirmId()));
        details.put("amount", String.valueOf(amount));
        details.put("proofHash", result.getProofHash());
        audit.recordAs(actor, "NOTICE_SELECTED", "Notice", String.valueOf(n.getId()), details);
        LOG.info(() -> "Selection of notice " + n.getId() + " round " + round + ": " + result.getStatus());
        return result;
    }

    /** Opens the active enrolments of a notice that just closed: the firm and price are written in clear. */
    public List<Opened> openEnrolments(Notice n) {
        Sealer sealer = sealing.sealer();
        List<Opened> opened = new ArrayList<>();
        for (Enrolment e : enrolments.ofNotice(n.getId())) {
            if (e.getStatus() != EnrolmentStatus.ACTIVE) {
                continue;
            }
            long firm = Long.parseLong(sealer.open(EnrolmentService.firmContext(n.getId(), e.getFirmTag()), e.getFirmSealed()));
            BigDecimal price = e.getPriceSealed() == null ? null
                    : new BigDecimal(sealer.open(EnrolmentService.priceContext(n.getId(), e.getFirmTag()), e.getPriceSealed()));
            e.open(firm, price);
            opened.add(new Opened(firm, price, e.getReceiptHash()));
        }
        enrolments.flush();
        return opened;
    }

    /** The entries of a notice already opened (direct pick, a further round). */
    public List<Opened> openedEntries(long noticeId) {
        return enrolments.ofNotice(noticeId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ACTIVE && e.getFirmId() != null)
                .map(e -> new Opened(e.getFirmId(), e.getOpenedPrice(), e.getReceiptHash())).toList();
    }

    /**
     * The notice's committed seed, opened now. A notice published before seeds were drawn at publication has none:
     * its seed is drawn now, and the result says the seed was not committed in advance (the proof's commitment is
     * then not the one of a published notice).
     */
    public byte[] seedOf(Notice n) {
        if (n.getDrawSeedSealed() == null) {
            LOG.warning(() -> "Notice " + n.getId() + " has no committed draw seed; one is drawn at selection");
            byte[] seed = new byte[32];
            LATE_SEEDS.nextBytes(seed);
            return seed;
        }
        return HexFormat.of().parseHex(sealing.sealer().open(DrawCommitment.seedContext(n.getId()), n.getDrawSeedSealed()));
    }

    static List<Integer> coefficients(Notice n) {
        if (n.getCoefficients() == null || n.getCoefficients().isBlank()) {
            return SelectionInput.DEFAULT_COEFFICIENTS;
        }
        return Arrays.stream(n.getCoefficients().split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** The same Beijing clock time N working days later (CalendarService.afterWorkingDays). */
    public Instant afterWorkingDays(Instant from, int days) {
        return calendar.afterWorkingDays(from, days);
    }

    /**
     * Why a firm was left out, kept for the result page in both languages:
     * {@code [{"key": ..., "zh": [args], "en": [args]}, ...]}: the rules it failed, or one reason without arguments.
     */
    static String reasonsJson(List<Failure> failures, String reasonKey) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        if (reasonKey != null) {
            a.add(Json.createObjectBuilder().add("key", reasonKey).add("zh", Json.createArrayBuilder())
                    .add("en", Json.createArrayBuilder()));
        }
        for (Failure f : failures) {
            JsonArrayBuilder zh = Json.createArrayBuilder();
            JsonArrayBuilder en = Json.createArrayBuilder();
            for (Object arg : f.args()) {
                zh.add(arg instanceof LocalizedText t ? t.in(Locale.SIMPLIFIED_CHINESE) : String.valueOf(arg));
                en.add(arg instanceof LocalizedText t ? t.in(Locale.ENGLISH) : String.valueOf(arg));
            }
            a.add(Json.createObjectBuilder().add("key", f.messageKey()).add("zh", zh).add("en", en));
        }
        return a.build().toString();
    }

    /** The firms that declined an award on this notice (放弃中选): a later round never selects them again. */
    public Set<Long> declinedFirms(long noticeId) {
        Set<Long> out = new java.util.HashSet<>();
        selections.ofNotice(noticeId).stream().filter(r -> r.getStatus() == SelectionStatus.DECLINED)
                .forEach(r -> out.add(r.getWinnerFirmId()));
        return out;
    }

    // ---- reading ----

    /** Every selection run of a public notice, first round first. */
    public List<SelectionResult> results(long noticeId) {
        return selections.ofNotice(noticeId);
    }

    public Optional<SelectionResult> latest(long noticeId) {
        return selections.latest(noticeId);
    }

    /** The firms of a closed direct-pick notice the owner may name: the enrolled ones still eligible today. */
    public List<Entry> directPickChoices(long noticeId) {
        guard.requireRole(Role.OWNER);
        Notice n = noticeQueries.myNotice(noticeId);
        if (n.getStatus() != NoticeStatus.CLOSED || n.getMethod() != SelectionMethod.DIRECT_PICK) {
            return List.of();
        }
        LocalDate day = BusinessTime.dateOf(clock.instant());
        NoticeFacts facts = eligibility.noticeFacts(n);
        return openedEntries(noticeId).stream()
                .filter(o -> EligibilityRules.check(eligibility.firmFacts(o.firmId(), day), facts, false).isEmpty())
                .map(o -> Entry.unpriced(o.firmId(), accounts.organisation(o.firmId()).getName(), o.receiptHash())).toList();
    }

}
