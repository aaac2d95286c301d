package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.selection.domain.EligibilityRules;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.EligibilityRules.FirmFacts;
import org.zjcs.selection.domain.EligibilityRules.NoticeFacts;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.QualificationScore;
import org.zjcs.selection.domain.method.Entry;

/**
 * The re-check of every opened entry on the day of a selection (or of a pick, or of a runner-up): the firms that
 * fail a rule of eligibility, or are out of the notice (disqualified by an upheld objection, declined an award), are
 * excluded with their reasons; the others become the method's entries with their public credit score and
 * qualification score.
 */
@ApplicationScoped
@Transactional
public class EntryCheck {

    @Inject
    EligibilityService eligibility;

    @Inject
    CreditService credit;

    @Inject
    AccountService accounts;

    /** The entries the method selects from, and the firms excluded. */
    public record Checked(List<Entry> entries, List<Exclusion> excluded) {
    }

    /** Checks every opened entry on {@code day}; the disqualified and declined firms are excluded first. */
    public Checked check(Notice n, List<OpenedEntry> opened, Set<Long> disqualified, Set<Long> declined, LocalDate day) {
        NoticeFacts facts = eligibility.noticeFacts(n);
        List<Entry> entries = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        // each firm's public credit score at the run, written into the proof (the verifier reads it from there)
        List<Long> firmIds = opened.stream().map(OpenedEntry::firmId).distinct().toList();
        Map<Long, CreditStanding> standings = credit.standings(firmIds);
        // every firm's facts in a few queries, not a few per firm
        Map<Long, FirmFacts> allFacts = eligibility.firmFacts(firmIds, day);
        Map<Long, Organisation> orgs = accounts.organisations(firmIds);
        for (OpenedEntry o : opened) {
            if (disqualified.contains(o.firmId())) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), Exclusion.reasonJson("selection.disqualified")));
                continue;
            }
            if (declined.contains(o.firmId())) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), Exclusion.reasonJson("selection.declined")));
                continue;
            }
            FirmFacts firm = allFacts.get(o.firmId());
            List<Failure> failures = EligibilityRules.check(firm, facts, false);
            if (!failures.isEmpty()) {
                excluded.add(new Exclusion(o.firmId(), o.receiptHash(), Exclusion.reasonsJson(failures, null)));
                continue;
            }
            entries.add(new Entry(o.firmId(), orgs.get(o.firmId()).getName(), o.receiptHash(), o.price(),
                    BigDecimal.valueOf(standings.get(o.firmId()).getScore()),
                    QualificationScore.of(n.getRequirementMode(), facts.requirements(), firm.qualifications())));
        }
        return new Checked(entries, excluded);
    }

    /** The opened entries still eligible on {@code day}, unpriced, with the firm's name (the owner's direct-pick choices). */
    public List<Entry> eligible(Notice n, List<OpenedEntry> opened, LocalDate day) {
        NoticeFacts facts = eligibility.noticeFacts(n);
        return opened.stream()
                .filter(o -> EligibilityRules.check(eligibility.firmFacts(o.firmId(), day), facts, false).isEmpty())
                .map(o -> Entry.unpriced(o.firmId(), accounts.organisation(o.firmId()).getName(), o.receiptHash())).toList();
    }

    /** A check of single firms on {@code day}: the reasons (JSON) a firm fails, empty when it is eligible. */
    public Function<Long, Optional<String>> failuresOn(Notice n, LocalDate day) {
        NoticeFacts facts = eligibility.noticeFacts(n);
        return firmId -> {
            List<Failure> failures = EligibilityRules.check(eligibility.firmFacts(firmId, day), facts, false);
            return failures.isEmpty() ? Optional.empty() : Optional.of(Exclusion.reasonsJson(failures, null));
        };
    }

    /** The name of an organisation. */
    public String nameOf(long organisationId) {
        return accounts.organisation(organisationId).getName();
    }
}
