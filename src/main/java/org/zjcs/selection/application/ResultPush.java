package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.AccountService;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.notification.NotificationService.Outgoing;
import org.zjcs.shared.time.BusinessTime;

/**
 * Results pushed to every party (docs/domain-rules.md, "Results told to every enrolled firm"): each outcome announced on
 * a notice ({@link OutcomeAnnounced}, raised by {@link NoticeAccess#announce}, which every path of the selection goes
 * through) is told in the same transaction to every firm whose enrolment was opened at the deadline: a result (first
 * round, a new round after a voided one, a runner-up) as won / not won / excluded with the reasons, each with the end of
 * the objection (publicity) period; a voided result with the owner's answer; a failed selection; a declined award. One
 * batched insert for all the firms ({@link NotificationService#notifyOrganisations}). The owner unit is told by the
 * use cases themselves ({@link ResultAnnouncer}, {@link SelectionRun}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResultPush {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    @Inject
    SelectionLookup lookup;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    void on(@Observes OutcomeAnnounced e) {
        List<Outgoing> out = messages(e);
        if (!out.isEmpty()) {
            notifications.notifyOrganisations(out);
        }
    }

    /** The notices for the enrolled firms of an announced outcome (none for an outcome they are not told of). */
    List<Outgoing> messages(OutcomeAnnounced e) {
        Notice n = e.notice();
        Set<Long> firms = new LinkedHashSet<>();
        lookup.opened(n.getId()).stream().map(OpenedEntry::firmId).forEach(firms::add);
        Optional<SelectionResult> latest = lookup.latest(n.getId());
        if (firms.isEmpty() || latest.isEmpty()) {
            return List.of();
        }
        SelectionResult r = latest.get();
        String link = "/notice.xhtml?id=" + n.getId();
        String title = n.getTitle();
        String round = String.valueOf(r.getRound());
        Map<Long, Exclusion> excluded = r.getExclusions().stream()
                .collect(Collectors.toMap(Exclusion::getFirmId, Function.identity(), (a, b) -> a));
        List<Outgoing> out = new ArrayList<>(firms.size());
        switch (e.kind()) {
            case RESULT -> {
                if (r.getStatus() != SelectionStatus.SELECTED || r.getWinnerFirmId() == null) {
                    return List.of();
                }
                String ends = text(n.getPublicityEndsAt());
                String winner = accounts.organisation(r.getWinnerFirmId()).getName();
                String kind = r.isRunnerUp() ? "result.push.runnerUp." : "result.push.";
                for (long f : firms) {
                    if (f == r.getWinnerFirmId()) {
                        out.add(new Outgoing(f, kind + "won", List.of(title, round, ends), link));
                    } else if (excluded.containsKey(f)) {
                        out.add(new Outgoing(f, "result.push.excluded",
                                List.of(title, round, winner, excluded.get(f).reasonsText(), ends), link));
                    } else {
                        out.add(new Outgoing(f, kind + "notWon", List.of(title, round, winner, ends), link));
                    }
                }
            }
            case FAILURE -> {
                boolean failedRound = r.getStatus() == SelectionStatus.FAILED;
                for (long f : firms) {
                    out.add(failedRound && excluded.containsKey(f)
                            ? new Outgoing(f, "result.push.failedExcluded", List.of(title, excluded.get(f).reasonsText()), link)
                            : new Outgoing(f, "result.push.failed", List.of(title), link));
                }
            }
            case VOIDED -> firms.forEach(f -> out.add(new Outgoing(f, "result.push.voided",
                    List.of(title, round, e.reason() == null ? "" : e.reason()), link)));
            case DECLINED -> {
                Long decliner = r.getWinnerFirmId();
                String name = decliner == null ? "" : accounts.organisation(decliner).getName();
                firms.stream().filter(f -> !f.equals(decliner))
                        .forEach(f -> out.add(new Outgoing(f, "result.push.declined", List.of(title, name), link)));
            }
            default -> {
                // the award at the end of publicity is told to the winner and the owner by AwardService
            }
        }
        return out;
    }

    private static String text(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
