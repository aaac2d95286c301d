package org.zjcs.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.domain.CatalogRepository;
import org.zjcs.catalog.domain.OversightRepository;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * Which regulators (行业主管部门) oversee which service items of the catalogue. A complaint or report about an item goes
 * to the active regulators assigned to it, or to every active regulator when none (active) is assigned. The operator
 * assigns a regulator's items (audited with the codes before and after).
 */
@ApplicationScoped
@Transactional
public class Oversight {

    @Inject
    Guard guard;

    @Inject
    OversightRepository oversight;

    @Inject
    CatalogRepository catalog;

    @Inject
    AuditService audit;

    /** The ids of the ACTIVE regulator organisations overseeing the service item with this code; every active
     *  regulator when none is assigned to it. */
    public List<Long> regulatorsOf(String serviceItemCode) {
        List<Long> assigned = serviceItemCode == null ? List.of() : oversight.activeRegulatorsOf(serviceItemCode.strip());
        return assigned.isEmpty() ? oversight.activeRegulators() : assigned;
    }

    /** The ids of the service items a regulator oversees. */
    public List<Long> itemsOf(long regulatorId) {
        return oversight.itemsOf(regulatorId);
    }

    /** The codes of the items each of these regulators oversees (one query); regulators without items are missing. */
    public Map<Long, List<String>> itemCodesOf(Collection<Long> regulatorIds) {
        return oversight.itemCodesOf(regulatorIds);
    }

    /**
     * The items with these codes (blank entries and repeats dropped), in the order given; refused with
     * {@code org.admin.error.serviceItemUnknown} naming the first code the catalogue does not know.
     */
    public List<ServiceItem> resolve(Collection<String> codes) {
        Set<String> distinct = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(distinct::add);
        }
        List<ServiceItem> items = new ArrayList<>();
        for (String code : distinct) {
            items.add(catalog.byCode(code).orElseThrow(() -> new DomainException("org.admin.error.serviceItemUnknown",
                    code.length() > 32 ? code.substring(0, 32) + "…" : code)));
        }
        return items;
    }

    /**
     * The operator sets the items a regulator oversees (in the caller's transaction, which created or changed the
     * regulator); audited when they changed. Returns whether they changed.
     */
    public boolean assign(long regulatorId, Collection<String> serviceItemCodes) {
        guard.requireRole(Role.OPERATOR);
        List<ServiceItem> items = resolve(serviceItemCodes);
        List<String> before = oversight.itemCodesOf(List.of(regulatorId)).getOrDefault(regulatorId, List.of());
        List<String> after = items.stream().map(ServiceItem::getCode).sorted().toList();
        if (before.stream().sorted().toList().equals(after)) {
            return false;
        }
        oversight.replace(regulatorId, items.stream().map(ServiceItem::getId).toList());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("regulator", String.valueOf(regulatorId));
        details.put("serviceItems", Map.of("from", String.join(",", before), "to", String.join(",", after)));
        audit.record("OVERSIGHT_CHANGED", "Organisation", String.valueOf(regulatorId), details);
        return true;
    }
}
