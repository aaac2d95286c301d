package org.zjcs.procurement.application;

/**
 * An approval case as the owner enters it or the approval system sends it. {@code departmentId} is the owner's choice
 * (ignored for a push: the API key names the department); {@code ownerCreditCode} is the applicant's code (ignored for
 * an owner: it is its own); {@code projectCode} may be empty.
 */
public record CaseForm(String caseNumber, String projectName, String projectCode, Long departmentId, String approvalItem,
                       String ownerCreditCode) {
}
