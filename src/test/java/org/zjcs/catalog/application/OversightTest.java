package org.zjcs.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.OversightRepository;

/** A service item's complaints go to the active regulators assigned to it, else to every active regulator. */
class OversightTest {

    private static Oversight oversight(Map<String, List<Long>> assigned, List<Long> active) {
        Oversight o = new Oversight();
        o.oversight = new OversightRepository() {
            @Override
            public List<Long> activeRegulatorsOf(String serviceItemCode) {
                return assigned.getOrDefault(serviceItemCode, List.of());
            }

            @Override
            public List<Long> activeRegulators() {
                return active;
            }

            @Override
            public List<Long> itemsOf(long regulatorId) {
                return List.of();
            }

            @Override
            public Map<Long, List<String>> itemCodesOf(Collection<Long> regulatorIds) {
                return new HashMap<>();
            }

            @Override
            public void replace(long regulatorId, Collection<Long> serviceItemIds) {
            }
        };
        return o;
    }

    @Test
    void theAssignedActiveRegulatorsOrEveryActiveOne() {
        Oversight o = oversight(Map.of("ZJ004", List.of(4001L)), List.of(4001L, 4002L));
        assertEquals(List.of(4001L), o.regulatorsOf("ZJ004"));
        assertEquals(List.of(4001L), o.regulatorsOf(" ZJ004 "));
        assertEquals(List.of(4001L, 4002L), o.regulatorsOf("ZJ001"), "none assigned: every active regulator");
        assertEquals(List.of(4001L, 4002L), o.regulatorsOf(null));
    }
}
