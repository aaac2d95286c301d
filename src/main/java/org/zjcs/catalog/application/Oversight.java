package org.zjcs.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.OrganisationStatus;

/**
 * Which regulators oversee a service item. MINIMAL VERSION (complaints branch): no item has regulators assigned yet, so
 * every item falls back to every active regulator. The organisations branch brings the real one (table
 * {@code service_item_oversight}) with the same signature and fallback; it replaces this class at merge.
 */
@ApplicationScoped
public class Oversight {

    @Inject
    OrganisationRepository organisations;

    /** The ids of the ACTIVE regulator organisations overseeing the service item with this code; every active
     *  regulator when none is assigned to it. */
    public List<Long> regulatorsOf(String serviceItemCode) {
        return organisations.ofKind(OrganisationKind.REGULATOR, OrganisationStatus.ACTIVE).stream()
                .map(Organisation::getId).toList();
    }
}
