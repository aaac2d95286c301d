package org.zjcs.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class ServiceItemTest {

    private static final Instant T = Instant.parse("2026-11-22T02:00:00Z");
    private static final Map<String, QualificationType> TYPES = Map.of(
            "SURVEYING_MAPPING", new QualificationType("SURVEYING_MAPPING", "测绘资质", "Surveying and mapping", "甲级,乙级"),
            "ASSET_APPRAISAL", new QualificationType("ASSET_APPRAISAL", "资产评估机构备案", "Asset appraisal", null));

    private static ServiceItemDraft draft(String code, String basis, List<QualificationRequirement> reqs) {
        return new ServiceItemDraft(code, "测绘", "Surveying", basis, "建设工程规划许可", RequirementMode.ALL_OF, reqs);
    }

    private static void refused(String key, Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertEquals(key, e.messageKey());
    }

    @Test
    void aValidItemIsInForceWithItsRequirements() {
        ServiceItem item = ServiceItem.create(draft("ZJ031", "《中华人民共和国测绘法》第二十七条",
                List.of(new QualificationRequirement("SURVEYING_MAPPING", "乙级"))), TYPES, T, "regulator01");
        assertTrue(item.isInForce());
        assertEquals(List.of(new QualificationRequirement("SURVEYING_MAPPING", "乙级")), item.getRequirements());
        assertEquals(List.of("建设工程规划许可"), item.approvalItemList());
    }

    @Test
    void noLegalBasisNoItem() {
        refused("catalog.error.legalBasisRequired", () -> ServiceItem.create(draft("ZJ031", "  ", List.of()), TYPES, T, "r"));
    }

    @Test
    void refusesBadCodesUnknownTypesAndLevels() {
        refused("catalog.error.code", () -> ServiceItem.create(draft("zj-31", "x", List.of()), TYPES, T, "r"));
        refused("catalog.error.unknownType", () -> ServiceItem.create(draft("ZJ031", "x",
                List.of(new QualificationRequirement("NO_SUCH", null))), TYPES, T, "r"));
        refused("catalog.error.unknownLevel", () -> ServiceItem.create(draft("ZJ031", "x",
                List.of(new QualificationRequirement("SURVEYING_MAPPING", "丙级"))), TYPES, T, "r"));
        refused("catalog.error.unknownLevel", () -> ServiceItem.create(draft("ZJ031", "x",
                List.of(new QualificationRequirement("ASSET_APPRAISAL", "一级"))), TYPES, T, "r"));
        refused("catalog.error.duplicateType", () -> ServiceItem.create(draft("ZJ031", "x",
                List.of(new QualificationRequirement("SURVEYING_MAPPING", "甲级"),
                        new QualificationRequirement("SURVEYING_MAPPING", "乙级"))), TYPES, T, "r"));
    }

    @Test
    void theCodeNeverChanges() {
        ServiceItem item = ServiceItem.create(draft("ZJ031", "x", List.of()), TYPES, T, "r");
        refused("catalog.error.codeFixed", () -> item.change(draft("ZJ032", "x", List.of()), TYPES, T, "r"));
    }

    @Test
    void retiredItemsCanBeReinstatedButNotRetiredTwice() {
        ServiceItem item = ServiceItem.create(draft("ZJ031", "x", List.of()), TYPES, T, "r");
        item.retire(T, "regulator01");
        assertFalse(item.isInForce());
        refused("catalog.error.alreadyRetired", () -> item.retire(T, "r"));
        item.reinstate(T, "regulator01");
        assertTrue(item.isInForce());
        refused("catalog.error.notRetired", () -> item.reinstate(T, "r"));
    }

    @Test
    void levelsAreOrderedHighestFirst() {
        QualificationType t = TYPES.get("SURVEYING_MAPPING");
        assertTrue(t.satisfies("甲级", "乙级"));
        assertTrue(t.satisfies("乙级", "乙级"));
        assertFalse(t.satisfies("乙级", "甲级"));
        assertTrue(t.satisfies("乙级", null));
    }
}
