package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** A winner was selected; the result is announced and its publicity period runs until {@code publicityEnds} (selection). */
public record SelectionMade(NoticeId notice, Instant publicityEnds, Instant at) implements NoticeEvent {
}
