package org.zjcs.shared.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
    public Notification notifyUser(long userId, String key, List<String> args, String link) {
        Notification n = Notification.toUser(userId, key, args, link, clock.instant());
        em.persist(n);
        return n;
    }

    /** Sends a notice to every member of an organisation; read once for all (see {@link #markRead}). */
    @Transactional
    public Notification notifyOrganisation(long organisationId, String key, List<String> args, String link) {
        Notification n = Notification.toOrganisation(organisationId, key, args, link, clock.instant());
        em.persist(n);
        return n;
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
