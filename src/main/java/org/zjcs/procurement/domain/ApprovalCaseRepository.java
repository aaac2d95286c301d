package org.zjcs.procurement.domain;

import java.util.List;
import java.util.Optional;

/** The approval cases (registered by owners, pushed by departments). */
public interface ApprovalCaseRepository {

    void add(ApprovalCase c);

    Optional<ApprovalCase> find(long id);

    Optional<ApprovalCase> byNumber(String number);

    List<ApprovalCase> ofOwner(String creditCode);

    List<ApprovalCase> ofDepartment(long departmentId);

    /** The department's cases whose number or investment project code is exactly {@code text}. */
    List<ApprovalCase> ofDepartmentByNumberOrCode(long departmentId, String text);

    /** The notices linked to a case (drafts left out), oldest first. */
    List<Long> noticeIdsOf(long caseId);
}
