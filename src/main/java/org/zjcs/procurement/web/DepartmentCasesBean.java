package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.domain.ApprovalCase;

/**
 * Backing bean of approval/cases.xhtml: the approval staff's department's cases, filtered by a text found in the case
 * number, the investment project code or the project name (request parameter {@code q}, so a filter can be linked).
 */
@Named
@RequestScoped
public class DepartmentCasesBean {

    @Inject
    ApprovalCaseService caseService;

    private String q;
    private List<ApprovalCase> cases;

    public List<ApprovalCase> getCases() {
        if (cases == null) {
            cases = filter(caseService.casesOfMyDepartment(), q);
        }
        return cases;
    }

    static List<ApprovalCase> filter(List<ApprovalCase> all, String text) {
        if (text == null || text.isBlank()) {
            return all;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> contains(c.getCaseNumber(), t) || contains(c.getProjectCode(), t)
                || contains(c.getProjectName(), t)).toList();
    }

    private static boolean contains(String field, String t) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(t);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
