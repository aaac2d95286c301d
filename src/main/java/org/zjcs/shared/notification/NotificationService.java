package org.zjcs.shared.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.event.CurrentActor;

/**
 * The notifications inbox every context sends its notices through. Sending joins the caller's transaction, so a
 * notice exists exactly when the change it tells of was committed.
 *
 * <p>This service lives in {@code shared} and does not know who is logged in: the web layer passes the reader's user
 * and organisation ids (from the session's principal). A reader sees the notices to him or her and those to his or
 * her organisation, and may mark only those read ({@code notification.error.notYours} otherwise).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** Rows per statement of a batch ({@link #notifyOrganisations}). */
    static final int BATCH = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final String MINE =
            "(n.recipientUserId = :user OR n.recipientOrganisationId = :org)";

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /**
     * Sends a notice to one user. {@code key} names a key of messages_*.properties, {@code args} its arguments (null
     * for none), {@code link} a path inside the application starting with {@code /} (or null).
     */
    @Transactional
    public Notification notifyUser(long userId, String key, List<?> args, String link) {
        Notification n = Notification.toUser(userId, key, args, link, clock.instant());
        em.persist(n);
        return n;
    }

    /** Sends a notice to every member of an organisation; read once for all (see {@link #markRead}). */
    @Transactional
    public Notification notifyOrganisation(long organisationId, String key, List<?> args, String link) {
        Notification n = Notification.toOrganisation(organisationId, key, args, link, clock.instant());
        em.persist(n);
        return n;
    }

    /** One notice of a batch to an organisation: its key, arguments (texts or {@code LocalizedText}) and link. */
    public record Outgoing(long organisationId, String key, List<?> args, String link) {
    }

    /**
     * Sends many notices to organisations at once (e.g. a result to every enrolled firm): each is checked as
     * {@link #notifyOrganisation} checks it, then written with one multi-row INSERT per {@value #BATCH} notices in the
     * caller's transaction (not one round trip per notice). Returns how many were sent.
     */
    @Transactional
    public int notifyOrganisations(List<Outgoing> outgoing) {
        Instant now = clock.instant();
        List<Notification> checked = new ArrayList<>(outgoing.size());
        for (Outgoing o : outgoing) {
            checked.add(Notification.toOrganisation(o.organisationId(), o.key(), o.args(), o.link(), now));
        }
        // UTC wall-clock text, as InstantConverter stores instants
        String created = UTC.format(LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        for (int from = 0; from < checked.size(); from += BATCH) {
            List<Notification> chunk = checked.subList(from, Math.min(checked.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO notification (recipient_organisation_id, message_key, "
                    + "message_args, link, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
            }
            var q = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Notification n : chunk) {
                q.setParameter(p++, n.getRecipientOrganisationId()).setParameter(p++, n.getMessageKey())
                        .setParameter(p++, n.encodedArgs()).setParameter(p++, n.getLink()).setParameter(p++, created);
            }
            q.executeUpdate();
        }
        return checked.size();
    }

    public long unreadCount(long userId, long organisationId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.readAt IS NULL AND " + MINE, Long.class)
                .setParameter("user", userId).setParameter("org", organisationId)
                .getSingleResult();
    }

    /** The reader's notices, newest first. */
    public List<Notification> inbox(long userId, long organisationId, int first, int size) {
        return em.createQuery("SELECT n FROM Notification n WHERE " + MINE + " ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("user", userId).setParameter("org", organisationId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size))
                .getResultList();
    }

    public long count(long userId, long organisationId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE " + MINE, Long.class)
                .setParameter("user", userId).setParameter("org", organisationId)
                .getSingleResult();
    }

    /**
     * Marks one notice read for the reader. Refused with {@code notification.error.notYours} when it is neither the
     * reader's nor the reader's organisation's (also when it does not exist: the answer does not tell which). Marking
     * a read notice again changes nothing and returns false.
     */
    @Transactional
    public boolean markRead(long notificationId, long userId, long organisationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.isFor(userId, organisationId)) {
            throw new DomainException("notification.error.notYours");
        }
        return n.markRead(clock.instant(), actor.name());
    }

    /** Marks all the reader's unread notices read; returns how many. */
    @Transactional
    public int markAllRead(long userId, long organisationId) {
        Instant now = clock.instant();
        String reader = actor.name();
        List<Notification> unread = em.createQuery(
                        "SELECT n FROM Notification n WHERE n.readAt IS NULL AND " + MINE, Notification.class)
                .setParameter("user", userId).setParameter("org", organisationId)
                .getResultList();
        int changed = 0;
        for (Notification n : unread) {
            if (n.markRead(now, reader)) {
                changed++;
            }
        }
        return changed;
    }
}
