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

    /**
     * One page of every department's cases, for regulators (keyset): without a prefix the newest first (by id), with a
     * case-number prefix in number order (the unique index on the number); {@code cursor} null for the first page,
     * {@code backwards} for the rows before it; at most {@code limit}, always in list order.
     */
    List<ApprovalCase> page(String numberPrefix, org.zjcs.shared.paging.KeysetCursor cursor, boolean backwards, int limit);

    /** The notices linked to a case (drafts left out), oldest first. */
    List<Long> noticeIdsOf(long caseId);
}
