package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;

/**
 * An approval case (审批办件) that needs an intermediary service: its number, project, investment project code, approval
 * department and item, and the applicant by credit code. Every notice names one or more of them; approval staff follow
 * the whole chain from it. Never deleted.
 */
@Entity
@Table(name = "approval_case")
@NamedQuery(name = "ApprovalCase.byNumber", query = "SELECT c FROM ApprovalCase c WHERE c.caseNumber = :number")
@NamedQuery(name = "ApprovalCase.ofOwner",
        query = "SELECT c FROM ApprovalCase c WHERE c.ownerCreditCode = :code ORDER BY c.registeredAt DESC, c.id DESC")
@NamedQuery(name = "ApprovalCase.ofDepartment",
        query = "SELECT c FROM ApprovalCase c WHERE c.departmentId = :department ORDER BY c.registeredAt DESC, c.id DESC")
public class ApprovalCase {

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{5,63}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 64)
    private String caseNumber;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @Column(name = "project_code", length = 24)
    private String projectCode;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "approval_item", nullable = false, length = 200)
    private String approvalItem;

    @Column(name = "owner_credit_code", nullable = false, length = 18)
    private String ownerCreditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 8)
    private CaseSource source;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @Version
    private long version;

    protected ApprovalCase() {
    }

    /**
     * A new case; the number, project name and approval item are required, the project code is optional (only
     * investment projects have one) and already parsed.
     */
    public ApprovalCase(String caseNumber, String projectName, InvestmentProjectCode projectCode, long departmentId,
                        String approvalItem, String ownerCreditCode, CaseSource source, Instant registeredAt,
                        String registeredBy) {
        String number = caseNumber == null ? "" : caseNumber.trim();
        if (!NUMBER.matcher(number).matches()) {
            throw new DomainException("case.error.number");
        }
        this.caseNumber = number;
        this.projectName = required(projectName, "case.error.projectName", 200);
        this.projectCode = projectCode == null ? null : projectCode.value();
        this.departmentId = departmentId;
        this.approvalItem = required(approvalItem, "case.error.approvalItem", 200);
        this.ownerCreditCode = ownerCreditCode;
        this.source = source;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    private static String required(String s, String key, int max) {
        if (s == null || s.isBlank() || s.trim().length() > max) {
            throw new DomainException(key, String.valueOf(max));
        }
        return s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getApprovalItem() {
        return approvalItem;
    }

    public String getOwnerCreditCode() {
        return ownerCreditCode;
    }

    public CaseSource getSource() {
        return source;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
