package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRequirement;
import org.zjcs.procurement.domain.NoticeRules;
import org.zjcs.procurement.domain.NoticeTerms;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.region.RegionService;

/**
 * What a notice's terms must meet beyond {@link NoticeRules}, against the other contexts: an active owner, a service
 * item in force, a known region, approval cases of the caller's unit, avoided firms that exist.
 */
@ApplicationScoped
public class NoticeChecks {

    @Inject
    Guard guard;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    ApprovalCaseService cases;

    @Inject
    FirmService firms;

    @Inject
    NoticeCalendar calendar;

    /** Terms checked for a draft, with the service item's requirement mode and requirements they take. */
    public record CheckedDraft(NoticeTerms terms, ServiceItem item, List<NoticeRequirement> requirements) {
    }

    /** Checks terms written by the caller (an owner of an active unit) for a draft. */
    public CheckedDraft draft(NoticeTerms terms) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        if (accounts.organisation(me.organisationId()).getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("case.error.ownerNotActive");
        }
        NoticeTerms checked = NoticeRules.check(terms, calendar.threshold());
        ServiceItem item = inForce(checked.serviceItemId());
        if (regions.find(checked.regionCode()).isEmpty()) {
            throw new DomainException("notice.error.region");
        }
        checked.caseIds().forEach(cases::caseOfMyUnit);
        for (NoticeTerms.AvoidanceLine a : checked.avoidances()) {
            if (firms.publicFirm(a.firmId()).isEmpty()) {
                throw new DomainException("notice.error.avoidanceFirm");
            }
        }
        List<NoticeRequirement> reqs = item.getRequirements().stream()
                .map(r -> new NoticeRequirement(r.getTypeCode(), r.getMinLevel())).toList();
        return new CheckedDraft(checked, item, reqs);
    }

    /** At publication: the service item is still in force and the cases are still the caller's unit's. */
    public void publishable(Notice n) {
        inForce(n.getServiceItemId());
        n.getCaseIds().forEach(cases::caseOfMyUnit);
    }

    private ServiceItem inForce(long itemId) {
        ServiceItem item = catalog.item(itemId);
        if (!item.isInForce()) {
            throw new DomainException("notice.error.itemRetired", item.getCode());
        }
        return item;
    }
}
