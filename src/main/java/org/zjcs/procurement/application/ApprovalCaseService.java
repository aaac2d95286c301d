package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.ApprovalCaseRepository;
import org.zjcs.procurement.domain.CaseSource;
import org.zjcs.procurement.domain.InvestmentProjectCode;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.time.BusinessTime;

/**
 * Approval cases: registered by an (approved) owner for itself, or pushed by a department's approval system; an owner
 * sees the cases of its own credit code, approval staff those of their own department. Every registration is audited.
 */
@ApplicationScoped
@Transactional
public class ApprovalCaseService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "ApprovalCase";

    @Inject
    ApprovalCaseRepository cases;

    @Inject
    AccountService accounts;

    @Inject
    RegionService regions;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The owner registers a case of its own with one of the platform's approval departments. */
    public ApprovalCase registerCase(CaseForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Organisation owner = accounts.organisation(me.organisationId());
        if (owner.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("case.error.ownerNotActive");
        }
        if (form.departmentId() == null) {
            throw new DomainException("case.error.department");
        }
        Organisation department = accounts.organisation(form.departmentId());
        if (department.getKind() != OrganisationKind.DEPARTMENT || department.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("case.error.department");
        }
        return add(form, department.getId(), owner.getCreditCode(), CaseSource.OWNER, me.username());
    }

    /**
     * A department's approval system pushes a case (the caller has checked the department's API key); the applicant is
     * named by credit code and need not be on the platform yet.
     */
    public ApprovalCase pushCase(long departmentId, String actor, CaseForm form) {
        CreditCode applicant = CreditCode.parse(form.ownerCreditCode());
        return add(form, departmentId, applicant.value(), CaseSource.API, actor);
    }

    private ApprovalCase add(CaseForm form, long departmentId, String ownerCreditCode, CaseSource source, String actor) {
        InvestmentProjectCode code = null;
        if (form.projectCode() != null && !form.projectCode().isBlank()) {
            Instant now = clock.instant();
            code = InvestmentProjectCode.parse(form.projectCode(), BusinessTime.dateOf(now).getYear());
            if (regions.find(code.regionCode()).isEmpty()) {
                throw new DomainException("case.error.projectCodeRegion", code.regionCode());
            }
        }
        ApprovalCase c = new ApprovalCase(form.caseNumber(), form.projectName(), code, departmentId, form.approvalItem(),
                ownerCreditCode, source, clock.instant(), actor);
        if (cases.byNumber(c.getCaseNumber()).isPresent()) {
            throw new DomainException("case.error.numberTaken", c.getCaseNumber());
        }
        cases.add(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseNumber", c.getCaseNumber());
        details.put("projectCode", String.valueOf(c.getProjectCode()));
        details.put("department", String.valueOf(departmentId));
        details.put("owner", ownerCreditCode);
        details.put("source", source.name());
        audit.recordAs(actor, "APPROVAL_CASE_REGISTERED", OBJECT_TYPE, String.valueOf(c.getId()), details);
        return c;
    }

    /** The logged-in owner's cases (by its credit code), newest first. */
    public List<ApprovalCase> casesOfMyUnit() {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        String code = accounts.organisation(me.organisationId()).getCreditCode();
        return code == null ? List.of() : cases.ofOwner(code);
    }

    /** One of the logged-in owner's cases; an unknown case and another owner's case are refused alike. */
    public ApprovalCase caseOfMyUnit(long caseId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        String code = accounts.organisation(me.organisationId()).getCreditCode();
        return cases.find(caseId).filter(c -> c.getOwnerCreditCode().equals(code))
                .orElseThrow(() -> new DomainException("case.error.notFound"));
    }

    /**
     * A case by number for a department's approval system (the caller has checked the department's API key): only a
     * case of that department; another department's case is absent alike.
     */
    public java.util.Optional<ApprovalCase> caseOfDepartment(long departmentId, String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return java.util.Optional.empty();
        }
        return cases.byNumber(caseNumber.trim()).filter(c -> c.getDepartmentId() == departmentId);
    }

    /** The cases of the logged-in approval staff's department, newest first. */
    public List<ApprovalCase> casesOfMyDepartment() {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        return cases.ofDepartment(me.organisationId());
    }

    /** A case for whoever may see it in full: the owner of it or staff of its department; refused otherwise. */
    public ApprovalCase visibleCase(long caseId) {
        ZjcsPrincipal me = guard.requireLogin();
        ApprovalCase c = cases.find(caseId).orElseThrow(() -> new DomainException("case.error.notFound"));
        Organisation mine = accounts.organisation(me.organisationId());
        boolean owner = mine.getCreditCode() != null && mine.getCreditCode().equals(c.getOwnerCreditCode());
        if (!owner && c.getDepartmentId() != me.organisationId()) {
            throw new DomainException("case.error.notFound");
        }
        return c;
    }

    /** Whether one of the cases belongs to the department (its staff may then see the notice's documents). */
    public boolean concernsDepartment(Collection<Long> caseIds, long departmentId) {
        return caseIds.stream().map(cases::find).flatMap(Optional::stream).anyMatch(c -> c.getDepartmentId() == departmentId);
    }

    /** The approval departments an owner can choose from. */
    public List<Organisation> departments() {
        return accounts.activeOrganisations(OrganisationKind.DEPARTMENT);
    }

    /** Cases by id, for pages showing the cases a notice is linked to (no access check: callers check the notice). */
    public java.util.Optional<ApprovalCase> find(long caseId) {
        return cases.find(caseId);
    }

    /**
     * The cases of a department whose case number or investment project code is {@code numberOrCode} (no access check:
     * the caller has established the department, from the logged-in staff or an API key).
     */
    public List<ApprovalCase> casesOfDepartmentByNumberOrCode(long departmentId, String numberOrCode) {
        if (numberOrCode == null || numberOrCode.isBlank() || numberOrCode.trim().length() > 64) {
            return List.of();
        }
        return cases.ofDepartmentByNumberOrCode(departmentId, numberOrCode.trim());
    }

    /** The ids of the (non-draft) notices linked to a case, oldest first (no access check: callers check the case). */
    public List<Long> noticeIdsOfCase(long caseId) {
        return cases.noticeIdsOf(caseId);
    }
}
