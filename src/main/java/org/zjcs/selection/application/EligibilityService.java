package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.procurement.domain.Avoidance;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.selection.domain.EligibilityRules;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.EligibilityRules.FirmFacts;
import org.zjcs.selection.domain.EligibilityRules.Held;
import org.zjcs.selection.domain.EligibilityRules.NoticeFacts;
import org.zjcs.selection.domain.EligibilityRules.Required;

/**
 * Eligibility of a firm for a notice on a given day: gathers the facts and applies {@link EligibilityRules}. Used when a
 * firm enrols and again at selection.
 */
@ApplicationScoped
@Transactional
public class EligibilityService {

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    CreditListService credit;

    /** Every rule the firm fails for the notice on {@code day}; empty when eligible. */
    public List<Failure> check(Notice notice, long firmId, LocalDate day, boolean alreadyEnrolled) {
        return EligibilityRules.check(firmFacts(firmId, day), noticeFacts(notice), alreadyEnrolled);
    }

    /**
     * Whether the firm is on the black list on {@code day} (asked of the credit context). A suspension by the operator
     * is its own rule ({@code SUSPENDED}), not a black-listing.
     */
    public boolean blackListed(long firmId, LocalDate day) {
        return credit.blackListedOn(firmId, day);
    }

    /** The end date of the firm's black-list entry current on {@code day}, or {@code null} when it is not listed. */
    public LocalDate blackListedUntil(long firmId, LocalDate day) {
        return credit.blackListingOn(firmId, day).map(CreditListEntry::getEndDate).orElse(null);
    }

    public FirmFacts firmFacts(long firmId, LocalDate day) {
        Organisation org = accounts.organisation(firmId);
        Firm firm = firms.find(firmId).orElse(null);
        RegistrationStatus registration = firm == null ? null : firm.getStatus();
        List<Held> held = firms.qualifications(firmId).stream()
                .map(q -> new Held(q.getTypeCode(), q.getLevel(), q.countsOn(day))).toList();
        return new FirmFacts(firmId, registration, org.getStatus(), blackListedUntil(firmId, day),
                firm == null ? Set.of() : firm.getServiceItemIds(), held);
    }

    /**
     * The facts of several firms on {@code day} in a few queries (organisations, firms with their items, qualifications,
     * black-list entries), for the selection's check of every entry; the same facts as {@link #firmFacts(long, LocalDate)}.
     */
    public Map<Long, FirmFacts> firmFacts(java.util.Collection<Long> firmIds, LocalDate day) {
        Map<Long, Organisation> orgs = accounts.organisations(firmIds);
        Map<Long, Firm> byId = new java.util.HashMap<>();
        firms.findAll(firmIds).forEach(f -> byId.put(f.getOrganisationId(), f));
        Map<Long, List<Held>> held = new java.util.HashMap<>();
        firms.qualificationsOf(firmIds).forEach(q -> held.computeIfAbsent(q.getFirmId(), k -> new java.util.ArrayList<>())
                .add(new Held(q.getTypeCode(), q.getLevel(), q.countsOn(day))));
        Map<Long, LocalDate> black = credit.blackListedUntil(firmIds, day);
        Map<Long, FirmFacts> out = new java.util.HashMap<>();
        for (long id : firmIds) {
            Organisation org = orgs.get(id);
            if (org == null) {
                org = accounts.organisation(id); // refused as unknown, as the single check does
            }
            Firm firm = byId.get(id);
            out.put(id, new FirmFacts(id, firm == null ? null : firm.getStatus(), org.getStatus(), black.get(id),
                    firm == null ? Set.of() : firm.getServiceItemIds(), held.getOrDefault(id, List.of())));
        }
        return out;
    }

    public NoticeFacts noticeFacts(Notice n) {
        Map<String, QualificationType> types = catalog.qualificationTypes();
        List<Required> reqs = n.getRequirements().stream().map(r -> {
            QualificationType t = types.get(r.getTypeCode());
            return new Required(r.getTypeCode(), r.getMinLevel(), t == null ? List.of() : t.levelList(),
                    new QualificationLabel(t, r.getTypeCode(), r.getMinLevel()));
        }).toList();
        Map<Long, String> avoid = n.getAvoidances().stream()
                .collect(Collectors.toMap(Avoidance::getFirmId, Avoidance::getReason, (a, b) -> a));
        return new NoticeFacts(n.getId(), n.getServiceItemId(), n.getRequirementMode(), reqs, avoid);
    }
}
