package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.zjcs.catalog.application.CatalogCache;
import org.zjcs.catalog.application.Oversight;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.supervision.domain.TargetKind;

/**
 * The targets of complaints and reports and their routing: a notice (published or later) is routed to the regulators
 * of its service item ({@link Oversight#regulatorsOf}); a firm, an owner unit or an approval department to every
 * active regulator. Also the names the pages show.
 */
@ApplicationScoped
public class ComplaintTargets {

    @Inject
    NoticeQueries notices;

    @Inject
    CatalogCache catalog;

    @Inject
    Oversight oversight;

    @Inject
    OrganisationRepository organisations;

    /** The notice a report or complaint names: published or later, else refused as no such target. */
    public Notice notice(long noticeId) {
        return notices.publicNotice(noticeId).orElseThrow(() -> new DomainException("report.error.noTarget"));
    }

    /** The code of a notice's service item ({@code null} when the catalogue no longer has it). */
    public String itemCode(Notice n) {
        return catalog.item(n.getServiceItemId()).map(ServiceItem::getCode).orElse(null);
    }

    /** The regulators of a service item (every active one when none is assigned or the code is unknown). */
    public List<Long> regulatorsOf(String serviceItemCode) {
        List<Long> of = serviceItemCode == null ? List.of() : oversight.regulatorsOf(serviceItemCode);
        return of.isEmpty() ? everyRegulator() : of;
    }

    /** Every active regulator organisation. */
    public List<Long> everyRegulator() {
        return organisations.ofKind(OrganisationKind.REGULATOR, OrganisationStatus.ACTIVE).stream()
                .map(Organisation::getId).toList();
    }

    /** The organisation a report names as a firm, owner or department: it must exist and be of that kind. */
    public Organisation organisation(TargetKind kind, long id) {
        OrganisationKind wanted = switch (kind) {
            case FIRM -> OrganisationKind.FIRM;
            case OWNER -> OrganisationKind.OWNER;
            case DEPARTMENT -> OrganisationKind.DEPARTMENT;
            case NOTICE -> throw new IllegalArgumentException("a notice is no organisation");
        };
        return organisations.find(id).filter(o -> o.getKind() == wanted)
                .orElseThrow(() -> new DomainException("report.error.noTarget"));
    }

    /** The active organisations of a kind a report may name, by name (the report form's choice). */
    public List<Organisation> choices(TargetKind kind) {
        if (kind == null || kind == TargetKind.NOTICE) {
            return List.of();
        }
        OrganisationKind k = switch (kind) {
            case FIRM -> OrganisationKind.FIRM;
            case OWNER -> OrganisationKind.OWNER;
            default -> OrganisationKind.DEPARTMENT;
        };
        return organisations.ofKind(k, OrganisationStatus.ACTIVE);
    }

    public String organisationName(long id) {
        Optional<Organisation> o = organisations.find(id);
        return o.map(Organisation::getName).orElse("");
    }
}
