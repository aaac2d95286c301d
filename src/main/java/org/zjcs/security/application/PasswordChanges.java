package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.AccountStatus;
import org.zjcs.security.domain.PasswordPolicy;
import org.zjcs.security.domain.PasswordReset;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.ratelimit.RateLimits;

/**
 * A password is set anew: by its logged-in owner (the current password required) or through a one-time reset link
 * (PasswordResets issues them). Either way the new password must pass the {@link PasswordPolicy}, the account's other
 * sessions end at their next request ({@link SessionEpochs}), the change is audited (never the password) and the
 * account is notified.
 */
@ApplicationScoped
@Transactional
public class PasswordChanges {

    static final String NOTIFICATION = "password.notification.changed";
    static final String LINK = "/account/password.xhtml";

    @Inject
    Guard guard;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    SessionEpochs epochs;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** What the reset link's page shows: for which account a new password is set, and until when the link works. */
    public record OpenLink(String username, Instant expiresAt) {
    }

    /**
     * The logged-in user changes their own password. A wrong current password counts as a failed login of the account
     * (LoginThrottle: it slows further attempts down). Returns the account's new session epoch, which the caller's own
     * session keeps (all others end).
     */
    public int changeOwn(String current, String next, String repeated, String client) {
        ZjcsPrincipal p = guard.requireLogin();
        if (current == null || current.isEmpty()) {
            throw new DomainException("password.error.currentRequired");
        }
        PasswordPolicy.check(next, repeated);
        Instant now = clock.instant();
        Duration wait = throttle.waitFor(p.username(), client, now);
        if (!wait.isZero()) {
            throw new DomainException("login.error.throttled", RateLimits.seconds(wait));
        }
        UserAccount me = em.find(UserAccount.class, p.userId(), LockModeType.PESSIMISTIC_WRITE);
        if (me == null || me.getStatus() != AccountStatus.ACTIVE) {
            throw new DomainException("security.error.loginRequired");
        }
        if (!Passwords.matches(current, me.getPasswordHash())) {
            throw wrongCurrent(p.username(), client, now);
        }
        int epoch = me.changePassword(Passwords.hash(next), now);
        epochs.forget(me.getId());
        audit.record("PASSWORD_CHANGED", "UserAccount", String.valueOf(me.getId()), Map.of("username", me.getUsername()));
        notifications.notifyUser(me.getId(), NOTIFICATION, List.of(), LINK);
        return epoch;
    }

    private DomainException wrongCurrent(String username, String client, Instant now) {
        throttle.failed(username, client, now);
        return new DomainException("password.error.currentWrong");
    }

    /** The reset link named by {@code code}, if it can still set a password; refused with the reason otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenLink openLink(String code) {
        PasswordReset reset = byCode(code, false);
        UserAccount account = activeAccount(reset.getAccountId());
        return new OpenLink(account.getUsername(), reset.getExpiresAt());
    }

    /**
     * Sets a new password through a reset link: the link is used up, every session of the account ends. Returns the
     * account's user name (to log in with).
     */
    public String resetWithLink(String code, String next, String repeated) {
        PasswordReset reset = byCode(code, true);
        UserAccount account = activeAccount(reset.getAccountId());
        PasswordPolicy.check(next, repeated);
        Instant now = clock.instant();
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        account.changePassword(Passwords.hash(next), now);
        reset.use(now);
        epochs.forget(account.getId());
        audit.recordAs(account.getUsername(), "PASSWORD_RESET_USED", "PasswordReset", String.valueOf(reset.getId()),
                Map.of("account", String.valueOf(account.getId()), "username", account.getUsername()));
        notifications.notifyUser(account.getId(), NOTIFICATION, List.of(), LINK);
        return account.getUsername();
    }

    private UserAccount activeAccount(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
            throw new DomainException("password.error.accountInactive");
        }
        return account;
    }

    private PasswordReset byCode(String code, boolean lock) {
        if (code == null || code.isBlank() || code.length() > 100) {
            throw new DomainException("password.error.linkUnknown");
        }
        List<PasswordReset> found = em.createNamedQuery("PasswordReset.byCodeHash", PasswordReset.class)
                .setParameter("hash", Sha256.hex(code.trim())).getResultList();
        if (found.isEmpty()) {
            throw new DomainException("password.error.linkUnknown");
        }
        PasswordReset reset = lock
                ? em.find(PasswordReset.class, found.get(0).getId(), LockModeType.PESSIMISTIC_WRITE) : found.get(0);
        reset.checkUsable(clock.instant());
        return reset;
    }
}
