package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.infrastructure.AccountRepository;
import org.zjcs.security.infrastructure.ZjcsPrincipal;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.settings.SettingsService;

/**
 * Logs users in and out. Counts wrong passwords and locks an account after the configured number of
 * failures (settings security.login.max-failures, default 5; security.login.lock-minutes, default 15).
 * Every attempt, success or not, and every lockout is audited.
 */
@ApplicationScoped
public class LoginService {

    public static final String ACTION_LOGIN = "LOGIN";
    public static final String ACTION_LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ACTION_LOGIN_REFUSED_LOCKED = "LOGIN_REFUSED_LOCKED";
    public static final String ACTION_ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACTION_LOGOUT = "LOGOUT";
    static final String OBJECT_TYPE = "UserAccount";

    @Inject
    AccountRepository accounts;

    @Inject
    AuditService audit;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    @Transactional
    public LoginOutcome login(String rawUsername, String password, String clientAddress) {
        String username = rawUsername == null ? "" : rawUsername.trim();
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.lockByUsername(username);
        String objectId = found.map(a -> String.valueOf(a.getId())).orElse("unknown");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", username);
        details.put("client", clientAddress == null ? "" : clientAddress);

        if (found.isPresent() && found.get().isLocked(now)) {
            details.put("lockedUntil", found.get().getLockedUntil().toString());
            audit.recordAs(username, ACTION_LOGIN_REFUSED_LOCKED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.locked(found.get().getLockedUntil());
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password == null ? "" : password));
        } catch (LockedAccountException e) {
            audit.recordAs(username, ACTION_LOGIN_REFUSED_LOCKED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.locked(found.map(UserAccount::getLockedUntil).orElse(now));
        } catch (DisabledAccountException e) {
            details.put("reason", "disabled");
            audit.recordAs(username, ACTION_LOGIN_FAILED, OBJECT_TYPE, objectId, details);
            return LoginOutcome.failed(LoginOutcome.Result.DISABLED);
        } catch (AuthenticationException e) {
            if (found.isEmpty()) {
                // What was typed is not a user name here (it may be a mistyped password): it is not kept.
                details.remove("username");
                details.put("reason", "unknown-user");
                audit.recordAs(CurrentActor.ANONYMOUS, ACTION_LOGIN_FAILED, OBJECT_TYPE, objectId, details);
                return LoginOutcome.failed(LoginOutcome.Result.BAD_CREDENTIALS);
            }
            details.put("reason", "bad-password");
            audit.recordAs(username, ACTION_LOGIN_FAILED, OBJECT_TYPE, objectId, details);
            if (found.isPresent()) {
                UserAccount account = found.get();
                int max = settings.intValue(SettingsService.LOGIN_MAX_FAILURES, 5);
                Duration lock = Duration.ofMinutes(settings.intValue(SettingsService.LOGIN_LOCK_MINUTES, 15));
                if (account.registerFailedLogin(now, max, lock)) {
                    Map<String, Object> lockDetails = new LinkedHashMap<>();
                    lockDetails.put("failures", max);
                    lockDetails.put("lockedUntil", account.getLockedUntil().toString());
                    audit.recordAs(username, ACTION_ACCOUNT_LOCKED, OBJECT_TYPE, objectId, lockDetails);
                    return LoginOutcome.locked(account.getLockedUntil());
                }
            }
            return LoginOutcome.failed(LoginOutcome.Result.BAD_CREDENTIALS);
        }
        UserAccount account = found.orElseThrow();
        account.registerSuccessfulLogin(now);
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
}
