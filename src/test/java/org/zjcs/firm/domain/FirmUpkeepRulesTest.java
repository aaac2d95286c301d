package org.zjcs.firm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;

/**
 * Firm upkeep rules without a server: which qualifications let a firm offer a service item, the items it offers, and a
 * licence change (old and new values kept, its review life cycle).
 */
class FirmUpkeepRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Map<String, QualificationType> TYPES = Map.of(
            "SURVEYING_MAPPING", new QualificationType("SURVEYING_MAPPING", "测绘资质", "Surveying", "甲级,乙级,丙级"),
            "CMA", new QualificationType("CMA", "检验检测机构资质认定", "CMA", null));
    private static final QualificationRequirement MAPPING_B = new QualificationRequirement("SURVEYING_MAPPING", "乙级");
    private static final QualificationRequirement CMA = new QualificationRequirement("CMA", null);

    private static Qualification held(String type, String level, LocalDate to, boolean approved) {
        Qualification q = new Qualification(1, type, level, "C-" + type, "issuer", LocalDate.of(2026, 1, 1), to, 7, null, T0);
        if (approved) {
            q.approve(T0);
        }
        return q;
    }

    private static List<QualificationRequirement> missing(RequirementMode mode, List<QualificationRequirement> req,
                                                          Qualification... held) {
        return ItemQualifications.missing(mode, req, TYPES, List.of(held), DAY);
    }

    @Test
    void anItemWithoutRequirementsNeedsNothing() {
        assertTrue(missing(RequirementMode.ALL_OF, List.of()).isEmpty());
    }

    @Test
    void anApprovedValidQualificationOfAHighEnoughLevelCounts() {
        assertTrue(missing(RequirementMode.ALL_OF, List.of(MAPPING_B),
                held("SURVEYING_MAPPING", "甲级", LocalDate.of(2030, 1, 1), true)).isEmpty());
    }

    @Test
    void aLowerLevelAnExpiredOrAPendingQualificationDoesNotCount() {
        assertEquals(List.of(MAPPING_B), missing(RequirementMode.ALL_OF, List.of(MAPPING_B),
                held("SURVEYING_MAPPING", "丙级", LocalDate.of(2030, 1, 1), true)));
        assertEquals(List.of(MAPPING_B), missing(RequirementMode.ALL_OF, List.of(MAPPING_B),
                held("SURVEYING_MAPPING", "甲级", LocalDate.of(2026, 11, 30), true)));
        assertEquals(List.of(MAPPING_B), missing(RequirementMode.ALL_OF, List.of(MAPPING_B),
                held("SURVEYING_MAPPING", "甲级", LocalDate.of(2030, 1, 1), false)));
    }

    @Test
    void allOfNamesEachMissingOneAnyOfNeedsOnlyOne() {
        Qualification cma = held("CMA", null, LocalDate.of(2030, 1, 1), true);
        assertEquals(List.of(MAPPING_B), missing(RequirementMode.ALL_OF, List.of(CMA, MAPPING_B), cma));
        assertTrue(missing(RequirementMode.ANY_OF, List.of(CMA, MAPPING_B), cma).isEmpty());
        assertEquals(List.of(CMA, MAPPING_B), missing(RequirementMode.ANY_OF, List.of(CMA, MAPPING_B)));
    }

    private static Firm firm(Set<Long> items) {
        return new Firm(1001, new Firm.Contacts("张三", "李四", "029-88661234", "高新路 1 号", "610113"), items,
                Map.of(MaterialKind.BUSINESS_LICENCE, 11L), "firm01", T0, "zh-CN", "hash");
    }

    @Test
    void itemsAreAddedAndRemovedButTheLastOneStays() {
        Firm f = firm(Set.of(1L));
        assertTrue(f.offer(3));
        assertFalse(f.offer(3), "offered already");
        assertTrue(f.withdraw(1));
        assertFalse(f.withdraw(1), "not offered any more");
        assertEquals("firm.upkeep.error.lastItem", assertThrows(DomainException.class, () -> f.withdraw(3)).messageKey());
        assertEquals(Set.of(3L), f.getServiceItemIds());
    }

    @Test
    void anApprovedLicenceReplacesTheFirmsDataAndLicenceFile() {
        Firm f = firm(Set.of(1L));
        f.applyLicence(new LicenceData("新名称", "91610113MA6UB7C50Y", "王五", "锦业路 2 号", "610103", 99L));
        assertEquals("王五", f.getLegalRepresentative());
        assertEquals("610103", f.getRegionCode());
        assertEquals(99L, f.materialFiles().get(MaterialKind.BUSINESS_LICENCE));
        assertEquals("李四", f.getContactName(), "contacts are not licence data");
    }

    @Test
    void aLicenceChangeKeepsBothValuesAndIsReviewedOnce() {
        LicenceData before = new LicenceData("旧名称", "91610113MA6UB7C50Y", "张三", "高新路 1 号", "610113", 11L);
        LicenceData after = new LicenceData("新名称", "91610113MA6UB7C50Y", "张三", "高新路 1 号", "610113", 12L);
        LicenceChange c = new LicenceChange(1001, before, after, "firm01", T0);
        assertTrue(c.isOpen());
        assertEquals(before, c.before());
        assertEquals(after, c.after());
        assertEquals(Map.of("name", "旧名称 → 新名称", "licenceFile", "11 → 12"), c.differences());
        c.review().approve("operator01", T0.plusSeconds(60));
        assertFalse(c.isOpen());
        assertEquals(RegistrationStatus.APPROVED, c.getStatus());
        assertThrows(DomainException.class, () -> c.review().approve("operator01", T0.plusSeconds(120)));
    }

    @Test
    void aReturnedChangeIsClosedWithItsReason() {
        LicenceData d = new LicenceData("旧名称", "91610113MA6UB7C50Y", "张三", "高新路 1 号", "610113", 11L);
        LicenceChange c = new LicenceChange(1001, d, d, "firm01", T0);
        assertNull(c.getReturnReason());
        c.review().returnForCorrection("operator01", "营业执照照片不清晰", T0.plusSeconds(60));
        assertFalse(c.isOpen());
        assertEquals("营业执照照片不清晰", c.getReturnReason());
    }
}
