package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.time.ClockMoved;

/**
 * Whether a session is older than its account's last password change or reset. Each account has a session epoch
 * ({@code user_account.session_epoch}) that every change or reset raises; a session remembers the epoch it logged in
 * under (session attribute {@value #ATTRIBUTE}) and ends at its next request once the account's epoch is higher
 * (AccountStatusFilter). A counter rather than a time, so that moving the test clock cannot end or keep sessions.
 * The epoch is kept for at most {@code zjcs.account.status.cache.ms} (default 3000) per account and server, and forgotten
 * at once on the server where the password changed. Bounded to 10,000 accounts.
 */
@ApplicationScoped
@Transactional
public class SessionEpochs {

    /** The HTTP session attribute holding the epoch the session logged in under. */
    public static final String ATTRIBUTE = "zjcs.sessionEpoch";
    private static final int MAX = 10_000;

    private record Known(int epoch, Instant checkedAt) {
    }

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.account.status.cache.ms", defaultValue = "3000")
    long cacheMillis;

    private final Map<Long, Known> known = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Known> eldest) {
            return size() > MAX;
        }
    };

    /** Whether a session of {@code userId} that logged in under {@code sessionEpoch} (null: before epochs) is outdated. */
    public boolean outdated(long userId, Integer sessionEpoch) {
        return (sessionEpoch == null ? 0 : sessionEpoch) < current(userId);
    }

    /** The account's epoch (0 for an unknown account). */
    public int current(long userId) {
        Instant now = clock.instant();
        synchronized (known) {
            Known k = known.get(userId);
            if (k != null && now.isBefore(k.checkedAt().plus(Duration.ofMillis(cacheMillis)))) {
                return k.epoch();
            }
        }
        List<Integer> found = em.createQuery("SELECT u.sessionEpoch FROM UserAccount u WHERE u.id = :id", Integer.class)
                .setParameter("id", userId).getResultList();
        int epoch = found.isEmpty() ? 0 : found.get(0);
        synchronized (known) {
            known.put(userId, new Known(epoch, now));
        }
        return epoch;
    }

    /** Forgets what is known of {@code userId} (its password just changed). */
    public void forget(long userId) {
        synchronized (known) {
            known.remove(userId);
        }
    }

    /** The test clock moved: the cached epochs are timed by the clock, forget them. */
    void onClockMoved(@Observes ClockMoved moved) {
        synchronized (known) {
            known.clear();
        }
    }
}
