package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.RunnerUpChooser;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * After a declined award (放弃中选) of a price or scored method, the owner of the DECLINED notice either takes the
 * runner-up from the same proof (由下一名递补: a new round, same seed and proof, a new publicity period) or ends the
 * notice to post it again (终止并重新发布).
 */
@ApplicationScoped
@Transactional
public class RunnerUpService {

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    SelectionLookup lookup;

    @Inject
    EntryCheck check;

    @Inject
    SelectionRepository selections;

    @Inject
    ResultAnnouncer announcer;

    @Inject
    SelectionJournal journal;

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

    /** The runner-up the owner of a DECLINED notice may take today; empty when none is eligible (or not DECLINED). */
    public Optional<RunnerUpView> runnerUp(long noticeId) {
        Notice n = notices.myNotice(noticeId);
        if (n.getStatus() != NoticeStatus.DECLINED) {
            return Optional.empty();
        }
        SelectionResult declined = lookup.lastDeclined(noticeId);
        return choose(n, declined).candidate().map(c -> new RunnerUpView(c, declined.getProofRound()));
    }

    /**
     * The owner takes the runner-up from the same proof: a new round (same seed, proof and proof hash) with the runner-up
     * at its bid price, announced as a RESULT, and a new publicity period exactly as after a selection run (objections
     * possible; the award follows by itself at its end). Refused when no firm is eligible.
     */
    public SelectionResult takeRunnerUp(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = declinedNotice(noticeId);
        SelectionResult declined = lookup.lastDeclined(noticeId);
        RunnerUpChooser.Choice choice = choose(n, declined);
        RunnerUpChooser.Candidate c = choice.candidate().orElseThrow(() -> new DomainException("decline.error.noRunnerUp"));
        Instant now = clock.instant();
        BigDecimal amount = c.price() != null ? c.price() : n.getFixedPrice();
        List<Exclusion> skipped = choice.skipped().stream()
                .map(s -> new Exclusion(s.firmId(), s.receiptHash(), s.reasons())).toList();
        SelectionResult r = SelectionResult.runnerUp(declined, declined.getRound() + 1, c.firmId(), amount, now,
                me.username(), skipped).ofNotice(n.getServiceItemId(), n.getRegionCode());
        selections.add(r);
        JsonObjectBuilder summary = Json.createObjectBuilder().add("round", r.getRound()).add("method", n.getMethod().name())
                .add("status", r.getStatus().name()).add("basis", SelectionResult.RUNNER_UP)
                .add("basedOnRound", r.getBasedOnRound()).add("afterDeclineOfRound", declined.getRound())
                .add("rank", c.rank()).add("excluded", skipped.size()).add("proofHash", r.getProofHash())
                .add("winner", c.firmId()).add("winnerName", c.firmName()).add("amount", amount.toPlainString());
        announcer.announceWinner(n, c.firmId(), c.firmName(), summary, me.username(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", r.getRound());
        details.put("basedOnRound", r.getBasedOnRound());
        details.put("afterDeclineOfRound", declined.getRound());
        details.put("winner", String.valueOf(c.firmId()));
        details.put("rank", c.rank());
        details.put("amount", amount.toPlainString());
        details.put("proofHash", r.getProofHash());
        details.put("skipped", String.valueOf(skipped.size()));
        journal.record("RUNNER_UP_SELECTED", noticeId, details);
        return r;
    }

    /**
     * The owner ends a DECLINED notice instead of taking the runner-up (终止并重新发布): the notice FAILS (announced) and
     * is posted again at once as a new draft with the same terms; returns the draft's id.
     */
    public long endAndRepost(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = declinedNotice(noticeId);
        SelectionResult declined = lookup.lastDeclined(noticeId);
        announcer.announceFailure(n, Json.createObjectBuilder().add("round", declined.getRound())
                .add("status", NoticeStatus.FAILED.name()).add("afterDecline", true).build(), me.username(), clock.instant());
        journal.record("NOTICE_ENDED_AFTER_DECLINE", noticeId, Map.of("round", String.valueOf(declined.getRound())));
        return notices.repost(noticeId);
    }

    /** The caller's notice, locked, which must be DECLINED. */
    private Notice declinedNotice(long noticeId) {
        Notice n = notices.lockMine(noticeId);
        if (n.getStatus() != NoticeStatus.DECLINED) {
            throw new DomainException("decline.error.notDeclined");
        }
        return n;
    }

    private RunnerUpChooser.Choice choose(Notice n, SelectionResult declined) {
        return RunnerUpChooser.choose(Proof.parse(declined.getProof()), lookup.outOf(n.getId()),
                check.failuresOn(n, BusinessTime.dateOf(clock.instant())));
    }
}
