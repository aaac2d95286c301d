package org.zjcs.security.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zjcs.shared.error.DomainException;

/**
 * What the operator enters for an approval department (审批部门) or a regulator (行业主管部门): kind, name, unified
 * social credit code, region (GB/T 2260 code; whether it exists is checked by the service) and, for a department, the
 * approval items it handles (at least one, one per line, blank lines and repeats dropped). {@link #of} refuses what
 * cannot be stored, naming the field; a regulator's approval items are ignored.
 */
public record OrganisationDraft(OrganisationKind kind, String name, CreditCode creditCode, String regionCode,
                                List<String> approvalItems) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ITEM = 200;
    public static final int MAX_ITEMS = 50;

    public OrganisationDraft {
        approvalItems = List.copyOf(approvalItems);
    }

    public static OrganisationDraft of(OrganisationKind kind, String name, String creditCode, String regionCode,
                                       String approvalItemLines) {
        if (kind != OrganisationKind.DEPARTMENT && kind != OrganisationKind.REGULATOR) {
            throw new DomainException("org.admin.error.kind");
        }
        if (name == null || name.isBlank()) {
            throw new DomainException("org.admin.error.nameRequired");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new DomainException("org.admin.error.nameTooLong", MAX_NAME);
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("org.admin.error.nameInvalid");
        }
        CreditCode code = CreditCode.parse(creditCode);
        if (regionCode == null || regionCode.isBlank()) {
            throw new DomainException("org.admin.error.regionRequired");
        }
        List<String> items = kind == OrganisationKind.DEPARTMENT ? lines(approvalItemLines) : List.of();
        if (kind == OrganisationKind.DEPARTMENT && items.isEmpty()) {
            throw new DomainException("org.admin.error.approvalItemsRequired");
        }
        return new OrganisationDraft(kind, n, code, regionCode.strip(), items);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\\r?\\n|\\r")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() > MAX_ITEM) {
                throw new DomainException("org.admin.error.approvalItemTooLong", MAX_ITEM);
            }
            if (l.chars().anyMatch(Character::isISOControl)) {
                throw new DomainException("org.admin.error.approvalItemInvalid");
            }
            out.add(l);
        }
        if (out.size() > MAX_ITEMS) {
            throw new DomainException("org.admin.error.tooManyApprovalItems", MAX_ITEMS);
        }
        return new ArrayList<>(out);
    }

    /** The approval items as stored: one per line; null when there are none. */
    public String approvalItemsText() {
        return approvalItems.isEmpty() ? null : String.join("\n", approvalItems);
    }
}
