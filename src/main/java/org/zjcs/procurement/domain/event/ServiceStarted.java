package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The winning firm uploaded the first deliverable version: the service is under way (delivery). */
public record ServiceStarted(NoticeId notice, Instant at) implements NoticeEvent {
}
