package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The owner accepted a deliverable version (delivery). */
public record DeliverableAccepted(NoticeId notice, Instant at) implements NoticeEvent {
}
