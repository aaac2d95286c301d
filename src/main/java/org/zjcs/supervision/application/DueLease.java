package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.zjcs.shared.worklist.Rows;

/**
 * The claim that lets one server at a time run a {@link DueTracker} pass: the row {@value #ROW} of
 * {@code due_watermark}, taken with one conditional UPDATE (free, or its lease older than {@link #LEASE}), renewed after
 * each batch and given back at the end. Measured by the server's own clock, not the (movable) business clock.
 */
@ApplicationScoped
public class DueLease {

    static final String ROW = "~PASS";
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Clock wall = Clock.systemUTC();

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** A token when this server now holds the lease, null when another one does. */
    @Transactional(TxType.REQUIRES_NEW)
    public String claim() {
        String token = UUID.randomUUID().toString();
        int n = em.createNativeQuery("UPDATE due_watermark SET position = ?, updated_at = ? WHERE kind = ? "
                        + "AND (position = '' OR updated_at < ?)")
                .setParameter(1, token).setParameter(2, Rows.param(wall.instant())).setParameter(3, ROW)
                .setParameter(4, Rows.param(wall.instant().minus(LEASE))).executeUpdate();
        return n == 1 ? token : null;
    }

    /** Renews the lease; false when it was lost (taken over after it ran out): the pass stops. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean renew(String token) {
        return em.createNativeQuery("UPDATE due_watermark SET updated_at = ? WHERE kind = ? AND position = ?")
                .setParameter(1, Rows.param(wall.instant())).setParameter(2, ROW).setParameter(3, token).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String token) {
        em.createNativeQuery("UPDATE due_watermark SET position = '' WHERE kind = ? AND position = ?")
                .setParameter(1, ROW).setParameter(2, token).executeUpdate();
    }
}
