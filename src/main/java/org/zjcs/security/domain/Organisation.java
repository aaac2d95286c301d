package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.zjcs.shared.error.DomainException;

/** An organisation that accounts belong to: a firm, an owner, an approval department, a regulator or the operator. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private OrganisationKind kind;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** GB/T 2260 code of the region it serves (departments and regulators); null where none was given. */
    @Column(name = "region_code", length = 6)
    private String regionCode;

    /** A department's approval items (审批事项), one per line; null for other kinds. */
    @Column(name = "approval_items")
    private String approvalItems;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, String creditCode, OrganisationStatus status, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.creditCode = creditCode;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Approved by the operator: the organisation's accounts act in its name. */
    public void activate() {
        this.status = OrganisationStatus.ACTIVE;
    }

    public void suspend() {
        this.status = OrganisationStatus.SUSPENDED;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** A department or regulator created by the operator (active at once); the draft is checked first. */
    public static Organisation authority(OrganisationDraft draft, Instant now) {
        Organisation o = new Organisation(draft.name(), draft.kind(), draft.creditCode().value(), OrganisationStatus.ACTIVE, now);
        o.regionCode = draft.regionCode();
        o.approvalItems = draft.approvalItemsText();
        return o;
    }

    /** The operator changes a department's or regulator's data (its kind stays). */
    public void change(OrganisationDraft draft) {
        if (draft.kind() != kind) {
            throw new DomainException("org.admin.error.kind");
        }
        this.name = draft.name();
        this.creditCode = draft.creditCode().value();
        this.regionCode = draft.regionCode();
        this.approvalItems = draft.approvalItemsText();
    }

    /** The operator deactivates an active department or regulator: its accounts can no longer log in. */
    public void deactivate() {
        if (!isAuthority()) {
            throw new DomainException("org.admin.error.kind");
        }
        if (status != OrganisationStatus.ACTIVE) {
            throw new DomainException("org.admin.error.notActive");
        }
        this.status = OrganisationStatus.DEACTIVATED;
    }

    /** The operator lets a deactivated department or regulator in again. */
    public void reactivate() {
        if (status != OrganisationStatus.DEACTIVATED) {
            throw new DomainException("org.admin.error.notDeactivated");
        }
        this.status = OrganisationStatus.ACTIVE;
    }

    /** An approval department or a regulator: the kinds the operator administers from its organisations page. */
    public boolean isAuthority() {
        return kind == OrganisationKind.DEPARTMENT || kind == OrganisationKind.REGULATOR;
    }

    /** Whether the organisation's accounts may log in and act: every standing but DEACTIVATED. */
    public boolean admitsLogin() {
        return status != OrganisationStatus.DEACTIVATED;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getApprovalItems() {
        return approvalItems;
    }

    /** The approval items, one per line, as a list. */
    public List<String> approvalItemList() {
        return approvalItems == null ? List.of()
                : Arrays.stream(approvalItems.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public long getVersion() {
        return version;
    }

    /** An approved change of its licence data gives it another unified social credit code. */
    public void changeCreditCode(String newCreditCode) {
        this.creditCode = newCreditCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
