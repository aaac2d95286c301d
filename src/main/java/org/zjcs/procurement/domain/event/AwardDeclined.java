package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The awarded firm declined the award (放弃中选) before the contract was filed (selection, contract). */
public record AwardDeclined(NoticeId notice, Instant at) implements NoticeEvent {
}
