package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** Too few eligible entries (流标), nobody left after an upheld objection or after declines (selection). */
public record SelectionFailed(NoticeId notice, Instant at) implements NoticeEvent {
}
