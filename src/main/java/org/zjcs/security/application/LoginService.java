package org.zjcs.security.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.ratelimit.SecurityEvents;

/**
 * Logs users in and out. No lock-out: failed attempts slow further attempts down per user name and per client
 * address ({@link LoginThrottle}); while one must wait, the answer is "too many attempts, try again in N s" and the
 * password is not checked. An unknown user name, a wrong password and a disabled account get the same answer at the
 * same cost (the realm checks unknown names against a dummy hash); that an account is disabled is told only after its
 * password matched. At most a few password hashes run at once ({@link Passwords}); when none can start in time the
 * answer is "busy, try again". Every attempt is audited, without the password. The login and its audit entry are one
 * transaction: when it does not commit (the database lost, a write conflict on every attempt of
 * {@link RetryOnConflict}), the subject is logged out again, so no half-logged-in session remains.
 */
@RetryOnConflict
@ApplicationScoped
public class LoginService {

    public static final String ACTION_LOGIN = "LOGIN";
    public static final String ACTION_LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ACTION_LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String ACTION_LOGOUT = "LOGOUT";
    static final String OBJECT_TYPE = "UserAccount";

    @Inject
    AccountRepository accounts;

    @Inject
    AuditService audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityEvents events;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Transactional
    public LoginOutcome login(String rawUsername, String password, String clientAddress) {
        String username = rawUsername == null ? "" : rawUsername.trim();
        String client = clientAddress == null ? "" : clientAddress;
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByUsername(username);
        String objectId = found.map(a -> String.valueOf(a.getId())).orElse("unknown");
        // What was typed is kept as the actor only when it names an account (else it may be a mistyped password).
        String actor = found.isPresent() ? username : CurrentActor.ANONYMOUS;
        Map<String, Object> details = new LinkedHashMap<>();
        if (found.isPresent()) {
            details.put("username", username);
        }
        details.put("client", client);

        Duration wait = throttle.waitFor(username, client, now);
        if (!wait.isZero()) {
            long seconds = RateLimits.seconds(wait);
            details.put("retryAfterSeconds", seconds);
            events.count(SecurityEvents.LOGIN_THROTTLED);
            audit.recordAs(actor, ACTION_LOGIN_THROTTLED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.throttled(seconds);
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password == null ? "" : password));
            logOutUnlessCommitted(subject);
        } catch (DisabledAccountException e) {
            // the password was right: now the account's state may be told
            boolean organisation = found.isPresent() && !found.get().getOrganisation().admitsLogin();
            details.put("reason", organisation ? "organisation-deactivated" : "disabled");
            audit.recordAs(actor, ACTION_LOGIN_FAILED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.failed(organisation ? LoginOutcome.Result.ORGANISATION_DEACTIVATED : LoginOutcome.Result.DISABLED);
        } catch (AuthenticationException e) {
            if (e.getCause() instanceof Passwords.BusyException) {
                events.count(SecurityEvents.LOGIN_BUSY);
                return LoginOutcome.failed(LoginOutcome.Result.BUSY);
            }
            throttle.failed(username, client, now);
            events.count(SecurityEvents.LOGIN_FAILED);
            details.put("reason", found.isEmpty() ? "unknown-user" : "bad-password");
            audit.recordAs(actor, ACTION_LOGIN_FAILED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.failed(LoginOutcome.Result.BAD_CREDENTIALS);
        } catch (Passwords.BusyException e) {
            events.count(SecurityEvents.LOGIN_BUSY);
            return LoginOutcome.failed(LoginOutcome.Result.BUSY);
        }
        UserAccount account = found.orElseThrow();
        throttle.succeeded(username, client);
        account.registerSuccessfulLogin(now);
        subject.getSession().setAttribute(SessionEpochs.ATTRIBUTE, account.getSessionEpoch());
        audit.recordAs(username, ACTION_LOGIN, OBJECT_TYPE, objectId, details);
        return LoginOutcome.success(account.primaryRole());
    }

    @Transactional
    public void logout() {
        Subject subject = SecurityUtils.getSubject();
        if (subject.getPrincipal() instanceof ZjcsPrincipal p) {
            audit.recordAs(p.username(), ACTION_LOGOUT, OBJECT_TYPE, String.valueOf(p.userId()), Map.of());
        }
        subject.logout();
    }

    /** A login whose transaction rolls back (audit entry, last-login time) must not stay logged in. */
    private void logOutUnlessCommitted(Subject subject) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED && subject.isAuthenticated()) {
                    subject.logout();
                }
            }
        });
    }
}
