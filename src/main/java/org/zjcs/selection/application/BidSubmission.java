package org.zjcs.selection.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zjcs.selection.domain.SubmissionKind;

/**
 * One submission waiting for its batch, as the request thread prepared it: the notice, the firm and its keyed tag,
 * what it asks ({@code ENROL}, {@code REVISE} or {@code WITHDRAW}; an enrolment after a withdrawal becomes
 * {@code REENROL} in the batch), the checked price, and the day and notice version its eligibility was checked on.
 */
public record BidSubmission(long noticeId, long firmId, String tag, SubmissionKind action, BigDecimal price,
                            LocalDate checkedOn, long noticeVersion) {
}
