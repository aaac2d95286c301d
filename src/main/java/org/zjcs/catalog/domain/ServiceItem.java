package org.zjcs.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Bilingual;
import org.zjcs.shared.i18n.QualificationLevels;

/**
 * An item of the service-item catalogue (中介服务事项清单): what can be procured, on which legal basis, for which
 * approval items, and which qualifications a firm must hold for it. "No legal basis, no item."
 */
@Entity
@Table(name = "service_item")
@NamedQuery(name = "ServiceItem.inForce", query = "SELECT s FROM ServiceItem s WHERE s.status = org.zjcs.catalog.domain.ServiceItemStatus.IN_FORCE ORDER BY s.code")
@NamedQuery(name = "ServiceItem.byCode", query = "SELECT s FROM ServiceItem s WHERE s.code = :code")
public class ServiceItem {

    private static final Pattern CODE = Pattern.compile("^[A-Z]{2}\\d{3,6}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 16, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "approval_items", nullable = false)
    private String approvalItems;

    @Enumerated(EnumType.STRING)
    @Column(name = "requirement_mode", nullable = false, length = 8)
    private RequirementMode requirementMode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_item_requirement", joinColumns = @JoinColumn(name = "service_item_id"))
    private List<QualificationRequirement> requirements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ServiceItemStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ServiceItem() {
    }

    /** A new item in force, checked against the known qualification types. */
    public static ServiceItem create(ServiceItemDraft draft, Map<String, QualificationType> types, Instant now, String actor) {
        ServiceItem item = new ServiceItem();
        item.status = ServiceItemStatus.IN_FORCE;
        item.createdAt = now;
        item.apply(draft, types, now, actor);
        return item;
    }

    /** Changes the item's content (its code never changes: notices refer to it). */
    public void change(ServiceItemDraft draft, Map<String, QualificationType> types, Instant now, String actor) {
        if (draft.code() != null && !draft.code().trim().equals(code)) {
            throw new DomainException("catalog.error.codeFixed");
        }
        apply(new ServiceItemDraft(code, draft.nameZh(), draft.nameEn(), draft.legalBasis(), draft.approvalItems(),
                draft.mode(), draft.requirements()), types, now, actor);
    }

    public void retire(Instant now, String actor) {
        status = status.retire();
        touch(now, actor);
    }

    public void reinstate(Instant now, String actor) {
        status = status.reinstate();
        touch(now, actor);
    }

    private void apply(ServiceItemDraft d, Map<String, QualificationType> types, Instant now, String actor) {
        String c = trim(d.code());
        if (c == null || !CODE.matcher(c).matches()) {
            throw new DomainException("catalog.error.code");
        }
        String zh = required(d.nameZh(), "catalog.error.nameRequired", 100);
        String en = required(d.nameEn(), "catalog.error.nameEnRequired", 150);
        String basis = required(d.legalBasis(), "catalog.error.legalBasisRequired", 4000);
        String approvals = required(d.approvalItems(), "catalog.error.approvalItemsRequired", 4000);
        if (d.mode() == null) {
            throw new DomainException("catalog.error.modeRequired");
        }
        List<QualificationRequirement> reqs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QualificationRequirement r : d.requirements() == null ? List.<QualificationRequirement>of() : d.requirements()) {
            QualificationType type = types.get(r.getTypeCode());
            if (type == null) {
                throw new DomainException("catalog.error.unknownType", r.getTypeCode());
            }
            if (!seen.add(type.getCode())) {
                throw new DomainException("catalog.error.duplicateType", type.label());
            }
            if (r.getMinLevel() != null && !type.hasLevel(r.getMinLevel())) {
                throw new DomainException("catalog.error.unknownLevel", QualificationLevels.arg(r.getMinLevel()), type.label());
            }
            reqs.add(new QualificationRequirement(type.getCode(), r.getMinLevel()));
        }
        this.code = c;
        this.nameZh = zh;
        this.nameEn = en;
        this.legalBasis = basis;
        this.approvalItems = approvals;
        this.requirementMode = d.mode();
        this.requirements.clear();
        this.requirements.addAll(reqs);
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String required(String s, String key, int max) {
        String t = trim(s);
        if (t == null || t.isEmpty()) {
            throw new DomainException(key);
        }
        if (t.length() > max) {
            throw new DomainException("catalog.error.tooLong", max);
        }
        return t;
    }

    public boolean isInForce() {
        return status == ServiceItemStatus.IN_FORCE;
    }

    /** The approval items it serves, one per line in storage. */
    public List<String> approvalItemList() {
        return Arrays.stream(approvalItems.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> legalBasisList() {
        return Arrays.stream(legalBasis.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    /** The item's name as a message argument, in the reader's language. */
    public Bilingual label() {
        return new Bilingual(nameZh, nameEn);
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getApprovalItems() {
        return approvalItems;
    }

    public RequirementMode getRequirementMode() {
        return requirementMode;
    }

    public List<QualificationRequirement> getRequirements() {
        return List.copyOf(requirements);
    }

    public ServiceItemStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
