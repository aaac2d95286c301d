package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The enrolment deadline passed: enrolment closes and the selection runs (selection). */
public record BiddingClosed(NoticeId notice, Instant at) implements NoticeEvent {
}
