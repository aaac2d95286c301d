package org.zjcs.procurement.domain;

import java.time.Instant;

/**
 * A CDI event: a notice has a new moment at which something must happen by itself (its enrolment deadline at
 * publication or correction, the end of a publicity period). Observers schedule it once the transaction committed.
 */
public record NoticeTimeSet(long noticeId, Instant at) {
}
