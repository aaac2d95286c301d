package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.shared.time.ClockMoved;

/**
 * Whether a logged-in account is still active (and its organisation not deactivated: {@link UserAccount#mayAct}), asked on every request of its session (AccountStatusFilter). The
 * answer is kept for at most {@code zjcs.account.status.cache.ms} (default 3000) per account and server, so a
 * deactivation reaches every live session within that time (at once on the server that deactivated it, which forgets
 * the account's entry). Bounded to 10,000 accounts.
 */
@ApplicationScoped
public class AccountStatusCache {

    private static final int MAX = 10_000;

    private record Known(boolean active, Instant checkedAt) {
    }

    @Inject
    AccountRepository accounts;

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

    public boolean isActive(long userId) {
        Instant now = clock.instant();
        synchronized (known) {
            Known k = known.get(userId);
            if (k != null && now.isBefore(k.checkedAt().plus(Duration.ofMillis(cacheMillis)))) {
                return k.active();
            }
        }
        boolean active = accounts.findById(userId).map(UserAccount::mayAct).orElse(false);
        synchronized (known) {
            known.put(userId, new Known(active, now));
        }
        return active;
    }

    /** The test clock moved: the cached statuses are timed by the clock, forget them. */
    void onClockMoved(@Observes ClockMoved moved) {
        synchronized (known) {
            known.clear();
        }
    }

    /** Forgets what is known of {@code userId} (its status just changed). */
    public void forget(long userId) {
        synchronized (known) {
            known.remove(userId);
        }
    }

    /** Forgets every account (an organisation was deactivated or reactivated: all its accounts changed at once). */
    public void forgetAll() {
        synchronized (known) {
            known.clear();
        }
    }
}
