package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** An objection is being handled: the publicity period stops (selection). */
public record PublicitySuspended(NoticeId notice, Instant at) implements NoticeEvent {
}
