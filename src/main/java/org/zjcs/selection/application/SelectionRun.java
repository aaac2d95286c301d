package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.FailureReason;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.Weights;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.time.BusinessTime;

/**
 * One selection round (选取) on a notice's opened entries: every firm is re-checked that day ({@link EntryCheck}), the
 * notice's method selects from the eligible entries with the notice's seed ({@link Draws}, docs/draw.md), the result
 * is stored with its proof and made public ({@link ResultAnnouncer}): a winner and its publicity period, or the
 * failure of the notice (流标). Run at the deadline ({@link DeadlineClosing}), on a direct pick ({@link DirectPicks})
 * and after an upheld objection ({@link ObjectionAnswers}).
 */
@ApplicationScoped
@Transactional
public class SelectionRun {

    private static final Logger LOG = Logger.getLogger(SelectionRun.class.getName());

    @Inject
    SelectionRepository selections;

    @Inject
    EntryCheck check;

    @Inject
    Draws draws;

    @Inject
    ResultAnnouncer announcer;

    @Inject
    SelectionJournal journal;

    /**
     * Runs round {@code round} on the opened entries without the {@code disqualified} firms (and those that declined an
     * award on the notice). A direct pick ({@code directPick}, the firm named) of a firm that fails the re-check is
     * returned FAILED with the reason NOT_ENROLLED and not stored: the owner is told and chooses again.
     */
    public SelectionResult run(Notice n, List<OpenedEntry> opened, Long directPick, Set<Long> disqualified, int round,
                               String actor, Instant now) {
        Set<Long> declined = SelectionResult.declinedFirms(selections.ofNotice(n.getId()));
        EntryCheck.Checked checked = check.check(n, opened, disqualified, declined, BusinessTime.dateOf(now));
        SelectionInput input = new SelectionInput(n.getId(), n.getMethod(), n.getMinBidders(), coefficients(n),
                n.getWeightPrice() == null ? null : new Weights(n.getWeightPrice(), n.getWeightCredit(), n.getWeightQualification()),
                directPick, checked.entries());
        Draws.Drawn drawn = draws.draw(n, input);
        boolean selected = drawn.outcome().isSelected();
        Entry winner = drawn.outcome().winner();
        BigDecimal amount = !selected ? null : winner.price() != null ? winner.price() : n.getFixedPrice();
        SelectionResult result = new SelectionResult(n.getId(), round, n.getMethod(), selected,
                selected ? null : drawn.outcome().failure().name(), selected ? winner.firmId() : null, amount,
                HexFormat.of().formatHex(drawn.seed()), drawn.proofJson(), Sha256.hex(drawn.proofJson()), now, actor,
                checked.excluded()).ofNotice(n.getServiceItemId(), n.getRegionCode());
        if (directPick != null && !selected && drawn.outcome().failure() == FailureReason.NOT_ENROLLED) {
            return result; // not stored: the owner is told and chooses again
        }
        selections.add(result);
        JsonObjectBuilder summary = Json.createObjectBuilder().add("round", round).add("method", n.getMethod().name())
                .add("status", result.getStatus().name()).add("eligible", checked.entries().size())
                .add("excluded", checked.excluded().size()).add("proofHash", result.getProofHash());
        if (selected) {
            summary.add("winner", winner.firmId()).add("winnerName", winner.firmName()).add("amount", amount.toPlainString());
            announcer.announceWinner(n, winner.firmId(), winner.firmName(), summary, actor, now);
        } else {
            summary.add("failure", drawn.outcome().failure().name()).add("minBidders", n.getMinBidders());
            announcer.announceFailure(n, summary.build(), actor, now);
            journal.notifyOnNotice(n.getOwnerId(), "selection.notify.failed", List.of(n.getTitle()), n.getId());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", round);
        details.put("status", result.getStatus().name());
        details.put("winner", String.valueOf(result.getWinnerFirmId()));
        details.put("amount", String.valueOf(amount));
        details.put("proofHash", result.getProofHash());
        journal.recordAs(actor, "NOTICE_SELECTED", n.getId(), details);
        LOG.info(() -> "Selection of notice " + n.getId() + " round " + round + ": " + result.getStatus());
        return result;
    }

    static List<Integer> coefficients(Notice n) {
        if (n.getCoefficients() == null || n.getCoefficients().isBlank()) {
            return SelectionInput.DEFAULT_COEFFICIENTS;
        }
        return Arrays.stream(n.getCoefficients().split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
