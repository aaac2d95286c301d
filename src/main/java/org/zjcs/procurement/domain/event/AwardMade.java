package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The publicity period ended with no objection pending: the winner is awarded (selection). */
public record AwardMade(NoticeId notice, Instant at) implements NoticeEvent {
}
