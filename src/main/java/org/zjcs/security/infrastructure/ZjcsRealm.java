package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.UserAccount;

/**
 * Shiro realm over the user_account / user_role tables (through JPA). Shiro creates it from shiro.ini,
 * so it reaches the application's beans through CDI.
 */
public class ZjcsRealm extends AuthorizingRealm {

    public ZjcsRealm() {
        PasswordMatcher matcher = new PasswordMatcher() {
            @Override
            public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
                // at most Passwords.permits() argon2 checks at once; BusyException when none is free in time
                return Passwords.gated(() -> super.doCredentialsMatch(token, info));
            }
        };
        matcher.setPasswordService(Passwords.service());
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    /**
     * The account's hash for the credentials check; an unknown user name gets a dummy hash (same cost, never matches)
     * and a disabled account its real one: what the account's state is is told only after the password matched
     * ({@link #assertCredentialsMatch}), so that unknown, wrong and disabled look alike to someone guessing.
     */
    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        Optional<UserAccount> found = accounts().findByUsername(username);
        if (found.isEmpty()) {
            return new CheckedInfo(UNKNOWN, Passwords.dummyHash(), getName(), false);
        }
        UserAccount account = found.get();
        ZjcsPrincipal principal = new ZjcsPrincipal(account.getId(), account.getUsername(),
                account.getOrganisation().getId());
        return new CheckedInfo(principal, account.getPasswordHash(), getName(), account.mayAct());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        super.assertCredentialsMatch(token, info);
        if (info instanceof CheckedInfo checked) {
            if (!(checked.getPrincipals().getPrimaryPrincipal() instanceof ZjcsPrincipal)) {
                throw new UnknownAccountException("Unknown account");
            }
            if (!checked.active) {
                throw new DisabledAccountException("Account disabled");
            }
        }
    }

    /** The principal of an unknown user name's dummy check (never logged in: the dummy hash matches no password). */
    private static final String UNKNOWN = "unknown-user";

    /** Authentication info with the account's state, checked after the password. */
    private static final class CheckedInfo extends SimpleAuthenticationInfo {
        private static final long serialVersionUID = 1L;
        private final boolean active;

        CheckedInfo(Object principal, String hash, String realm, boolean active) {
            super(principal, hash, realm);
            this.active = active;
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        ZjcsPrincipal principal = principals.oneByType(ZjcsPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal != null) {
            Set<String> roles = roles(principal);
            if (roles.isEmpty() && mayAct(principal)) {
                // Every account holds at least one role (UserAccount): none seen on an account that may act is a read
                // cut short by a lost database connection, and the cached account may keep it. The roles are read
                // again from the database itself: a database that is away answers with its error (503 to the caller,
                // never a wrong 403).
                roles = accounts().rolesInDatabase(principal.userId()).stream().map(Enum::name).collect(Collectors.toSet());
            }
            info.setRoles(roles);
        }
        return info;
    }

    /** The roles of the principal's account if it is active (and its organisation not deactivated); none otherwise. */
    private static Set<String> roles(ZjcsPrincipal principal) {
        return accounts().findById(principal.userId())
                .filter(UserAccount::mayAct)
                .map(a -> a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static boolean mayAct(ZjcsPrincipal principal) {
        return accounts().findById(principal.userId()).filter(UserAccount::mayAct).isPresent();
    }

    private static AccountRepository accounts() {
        return CDI.current().select(AccountRepository.class).get();
    }
}
