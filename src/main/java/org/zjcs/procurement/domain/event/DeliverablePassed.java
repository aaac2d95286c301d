package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** Every department linked to the notice's approval cases passed the accepted deliverable (delivery). */
public record DeliverablePassed(NoticeId notice, Instant at) implements NoticeEvent {
}
