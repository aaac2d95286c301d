package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.application.CaseForm;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of owner/cases.xhtml: the unit's approval cases and the form to register one. */
@Named
@RequestScoped
public class OwnerCasesBean {

    @Inject
    ApprovalCaseService caseService;

    @Inject
    AccountService accounts;

    private String caseNumber;
    private String projectName;
    private String projectCode;
    private Long departmentId;
    private String approvalItem;

    private List<ApprovalCase> cases;
    private final Map<Long, String> departmentNames = new HashMap<>();

    public List<ApprovalCase> getCases() {
        if (cases == null) {
            cases = caseService.casesOfMyUnit();
        }
        return cases;
    }

    public List<Organisation> getDepartments() {
        return caseService.departments();
    }

    /** The name of a case's department (which may have left service since). */
    public String departmentName(long departmentId) {
        return departmentNames.computeIfAbsent(departmentId, id -> accounts.organisation(id).getName());
    }

    public void register() {
        try {
            ApprovalCase c = caseService.registerCase(new CaseForm(caseNumber, projectName, projectCode, departmentId,
                    approvalItem, null));
            Messages.info("case.registered", c.getCaseNumber());
            caseNumber = null;
            projectName = null;
            projectCode = null;
            departmentId = null;
            approvalItem = null;
            cases = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getApprovalItem() {
        return approvalItem;
    }

    public void setApprovalItem(String approvalItem) {
        this.approvalItem = approvalItem;
    }
}
