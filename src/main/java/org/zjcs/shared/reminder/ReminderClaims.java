package org.zjcs.shared.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.shared.notification.NotificationService;

/**
 * Claims and sends one batch of due reminders in its own short transaction ({@link ReminderService} calls it per
 * batch): each reminder is claimed in {@code reminder_sent} (key kind + subject + due time, {@code INSERT IGNORE}) and
 * its notifications are written in the same transaction, so a reminder is sent exactly once, and a failure later in
 * the scan loses none of the batches committed before it.
 */
@RetryOnConflict
@ApplicationScoped
public class ReminderClaims {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    NotificationService notifications;

    /** Claims and sends the items not sent yet (by any server); how many were sent now. */
    @Transactional(TxType.REQUIRES_NEW)
    public int send(List<DueItem> due, Instant now) {
        int sent = 0;
        for (DueItem item : due) {
            if (claim(item, now)) {
                for (long org : item.recipients()) {
                    notifications.notifyOrganisation(org, item.messageKey(), item.args(), item.link());
                }
                sent++;
            }
        }
        return sent;
    }

    /** True for the one caller whose row went in; false when the reminder was sent already (by any server). */
    private boolean claim(DueItem item, Instant now) {
        // UTC wall-clock text, as InstantConverter stores instants (no driver time-zone conversion can shift it)
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (kind, subject_id, due_at, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, item.kind()).setParameter(2, item.subjectId()).setParameter(3, utc(item.dueAt()))
                .setParameter(4, utc(now)).executeUpdate() == 1;
    }

    private static String utc(Instant at) {
        return UTC.format(LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
}
