package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/**
 * What the operator enters for a department or regulator is checked before anything is stored; a department or
 * regulator is deactivated only when active and reactivated only when deactivated; a deactivated organisation's
 * accounts may not act, a suspended firm's still may (it follows its review).
 */
class OrganisationAdministrationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final String CODE = "11610102MB2963871Y";

    private static void refused(String key, Runnable r) {
        assertEquals(key, assertThrows(DomainException.class, r::run).messageKey());
    }

    private static OrganisationDraft department(String items) {
        return OrganisationDraft.of(OrganisationKind.DEPARTMENT, " 西安市新城区应急管理局 ", CODE, "610102", items);
    }

    @Test
    void aDepartmentNeedsKindNameCodeRegionAndApprovalItems() {
        refused("org.admin.error.kind", () -> OrganisationDraft.of(OrganisationKind.FIRM, "x", CODE, "610102", "a"));
        refused("org.admin.error.kind", () -> OrganisationDraft.of(null, "x", CODE, "610102", "a"));
        refused("org.admin.error.nameRequired", () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "  ", CODE, "610102", "a"));
        refused("org.admin.error.nameTooLong",
                () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "局".repeat(201), CODE, "610102", "a"));
        refused("org.admin.error.nameInvalid",
                () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "局\u0000", CODE, "610102", "a"));
        refused("creditCode.error.checkCharacter",
                () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "局", "11610102MB29638710", "610102", "a"));
        refused("creditCode.error.required", () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "局", "", "610102", "a"));
        refused("org.admin.error.regionRequired", () -> OrganisationDraft.of(OrganisationKind.DEPARTMENT, "局", CODE, " ", "a"));
        refused("org.admin.error.approvalItemsRequired", () -> department(" \n \n"));
        refused("org.admin.error.approvalItemTooLong", () -> department("审".repeat(201)));
        refused("org.admin.error.tooManyApprovalItems", () -> department(String.join("\n",
                java.util.stream.IntStream.range(0, 51).mapToObj(i -> "事项" + i).toList())));
    }

    @Test
    void approvalItemsAreLinesWithoutBlanksOrRepeats() {
        OrganisationDraft d = department(" 危险化学品建设项目安全条件审查 \r\n\n危险化学品建设项目安全设施设计审查\n危险化学品建设项目安全条件审查");
        assertEquals("西安市新城区应急管理局", d.name());
        assertEquals(List.of("危险化学品建设项目安全条件审查", "危险化学品建设项目安全设施设计审查"), d.approvalItems());
        Organisation o = Organisation.authority(d, T0);
        assertEquals(OrganisationStatus.ACTIVE, o.getStatus());
        assertEquals("610102", o.getRegionCode());
        assertEquals(d.approvalItems(), o.approvalItemList());
    }

    @Test
    void aRegulatorHasNoApprovalItems() {
        OrganisationDraft d = OrganisationDraft.of(OrganisationKind.REGULATOR, "西安市应急管理局", CODE, "610100", "ignored");
        assertTrue(d.approvalItems().isEmpty());
        assertNull(Organisation.authority(d, T0).getApprovalItems());
    }

    @Test
    void deactivationAndReactivationFollowTheStatus() {
        Organisation o = Organisation.authority(department("a"), T0);
        refused("org.admin.error.notDeactivated", o::reactivate);
        o.deactivate();
        assertEquals(OrganisationStatus.DEACTIVATED, o.getStatus());
        assertFalse(o.admitsLogin());
        refused("org.admin.error.notActive", o::deactivate);
        o.reactivate();
        assertEquals(OrganisationStatus.ACTIVE, o.getStatus());
        assertTrue(o.admitsLogin());
    }

    @Test
    void theKindStaysAndOnlyDepartmentsAndRegulatorsAreDeactivatedHere() {
        Organisation o = Organisation.authority(department("a"), T0);
        refused("org.admin.error.kind", () -> o.change(OrganisationDraft.of(OrganisationKind.REGULATOR, "x", CODE, "610102", null)));
        Organisation firm = new Organisation("firm", OrganisationKind.FIRM, CODE, OrganisationStatus.ACTIVE, T0);
        refused("org.admin.error.kind", firm::deactivate);
    }

    @Test
    void accountsOfADeactivatedOrganisationMayNotActButThoseOfASuspendedFirmMay() {
        Organisation o = Organisation.authority(department("a"), T0);
        UserAccount a = new UserAccount("approver09", "hash", "Han", o, EnumSet.of(Role.APPROVER), T0);
        assertTrue(a.mayAct());
        o.deactivate();
        assertFalse(a.mayAct());
        o.reactivate();
        a.deactivate();
        assertFalse(a.mayAct());

        Organisation firm = new Organisation("firm", OrganisationKind.FIRM, CODE, OrganisationStatus.ACTIVE, T0);
        firm.suspend();
        assertTrue(new UserAccount("firm09", "hash", "F", firm, EnumSet.of(Role.FIRM), T0).mayAct());
    }
}
