package org.zjcs.firm.application;

import org.zjcs.shared.change.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.firm.domain.ItemQualifications;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * An approved firm's upkeep of its own data, by its unit admin (members read only): the service items it offers (an
 * item needing qualifications only with valid ones; removing an item leaves the enrolments made already as they are)
 * and its contacts (checked like a registration's). Each change is audited. Licence data is changed through the
 * operator's review instead ({@link LicenceChanges}).
 */
@ApplicationScoped
public class FirmUpkeep {

    @Inject
    ChangeLog changeLog;

    @Inject
    Guard guard;

    @Inject
    FirmRepository firms;

    @Inject
    CatalogService catalog;

    @Inject
    MembershipService membership;

    @Inject
    ContactChecks contactChecks;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Whether the logged-in firm account may change the firm's data (its unit admin). */
    public boolean mayChange() {
        return guard.hasRole(Role.FIRM) && membership.isUnitAdmin();
    }

    /** The firm offers one more service item of the catalogue, in force, for which it holds valid qualifications. */
    @Transactional
    public void addServiceItem(Long serviceItemId) {
        Firm firm = firmToChange();
        if (serviceItemId == null) {
            throw new DomainException("firm.upkeep.error.itemRequired");
        }
        ServiceItem item = catalog.item(serviceItemId);
        if (!item.isInForce()) {
            throw new DomainException("firm.error.itemRetired", item.label());
        }
        if (firm.getServiceItemIds().contains(serviceItemId)) {
            throw new DomainException("firm.upkeep.error.alreadyOffered", item.label());
        }
        Map<String, QualificationType> types = catalog.qualificationTypes();
        List<QualificationRequirement> missing = ItemQualifications.missing(item.getRequirementMode(), item.getRequirements(),
                types, firms.qualifications(firm.getOrganisationId(), QualificationStatus.APPROVED),
                BusinessTime.dateOf(clock.instant()));
        if (!missing.isEmpty()) {
            throw new DomainException("firm.upkeep.error.qualificationMissing", item.label(),
                    new MissingQualifications(missing, types, item.getRequirementMode()));
        }
        firm.offer(serviceItemId);
        audit.record("FIRM_ITEM_ADDED", FirmRegistration.OBJECT_TYPE, String.valueOf(firm.getOrganisationId()),
                Map.of("serviceItem", item.getCode(), "name", item.getNameZh()));
        changeLog.record(ChangeLog.FIRM, firm.getOrganisationId()); // its public profile lists the item
    }

    /** The firm no longer offers the item; the enrolments it made already are not touched. */
    @Transactional
    public void removeServiceItem(Long serviceItemId) {
        Firm firm = firmToChange();
        if (serviceItemId == null || !firm.withdraw(serviceItemId)) {
            throw new DomainException("firm.upkeep.error.notOffered");
        }
        ServiceItem item = catalog.item(serviceItemId);
        audit.record("FIRM_ITEM_REMOVED", FirmRegistration.OBJECT_TYPE, String.valueOf(firm.getOrganisationId()),
                Map.of("serviceItem", item.getCode(), "name", item.getNameZh()));
        changeLog.record(ChangeLog.FIRM, firm.getOrganisationId());
    }

    /** New contact person and phone, checked like a registration's; audited with the old and new values. */
    @Transactional
    public void changeContacts(String contactName, String contactPhone) {
        Firm firm = firmToChange();
        contactChecks.check(contactName, contactPhone, firm.getAddress(), firm.getRegionCode());
        String name = contactName.trim();
        String phone = contactPhone.trim();
        Map<String, Object> details = new LinkedHashMap<>();
        if (!name.equals(firm.getContactName())) {
            details.put("contactName", firm.getContactName() + " → " + name);
        }
        if (!phone.equals(firm.getContactPhone())) {
            details.put("contactPhone", firm.getContactPhone() + " → " + phone);
        }
        if (details.isEmpty()) {
            throw new DomainException("firm.upkeep.error.noChange");
        }
        firm.changeContacts(name, phone);
        audit.record("FIRM_CONTACTS_CHANGED", FirmRegistration.OBJECT_TYPE, String.valueOf(firm.getOrganisationId()), details);
    }

    /** The logged-in firm, approved, acted on by its unit admin. */
    Firm firmToChange() {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        if (!membership.isUnitAdmin()) {
            throw new DomainException("firm.upkeep.error.notUnitAdmin");
        }
        Firm firm = firms.find(me.organisationId()).orElseThrow(() -> new DomainException("firm.error.notFound"));
        if (firm.getStatus() != RegistrationStatus.APPROVED) {
            throw new DomainException("firm.upkeep.error.notApproved");
        }
        return firm;
    }
}
