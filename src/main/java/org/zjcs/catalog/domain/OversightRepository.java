package org.zjcs.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which regulators (行业主管部门) oversee which service items: table service_item_oversight. */
public interface OversightRepository {

    /** The ids of the active regulators assigned to the item with this code, ascending. */
    List<Long> activeRegulatorsOf(String serviceItemCode);

    /** The ids of every active regulator, ascending. */
    List<Long> activeRegulators();

    /** The ids of the service items a regulator oversees, ascending. */
    List<Long> itemsOf(long regulatorId);

    /** The codes of the items each of these regulators oversees (one query); regulators without items are missing. */
    Map<Long, List<String>> itemCodesOf(Collection<Long> regulatorIds);

    /** Replaces the items a regulator oversees. */
    void replace(long regulatorId, Collection<Long> serviceItemIds);
}
