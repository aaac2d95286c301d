package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The objection was rejected: the publicity period resumes and ends at {@code publicityEnds} (selection). */
public record PublicityResumed(NoticeId notice, Instant publicityEnds, Instant at) implements NoticeEvent {
}
