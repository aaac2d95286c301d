package org.zjcs.selection.application;

import java.time.Instant;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;

/**
 * An outcome of the selection was announced on a notice (every such announcement goes through
 * {@link NoticeAccess#announce}): fired synchronously in the announcing transaction, so whatever observes it commits or
 * rolls back with the announcement. {@code reason} is the announcement's public reason (a voided result's answer), or null.
 */
public record OutcomeAnnounced(Notice notice, AnnouncementKind kind, String reason, Instant at) {
}
