package org.zjcs.security.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.zjcs.security.domain.AccountStatus;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.UserAccount;

/**
 * Shiro realm over the user_account / user_role tables (through JPA). Shiro creates it from shiro.ini,
 * so it reaches the application's beans through CDI.
 */
public class ZjcsRealm extends AuthorizingRealm {

    public ZjcsRealm() {
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(Passwords.service());
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        UserAccount account = accounts().findByUsername(username)
                .orElseThrow(() -> new UnknownAccountException("Unknown account"));
        if (account.getStatus() != AccountStatus.ACTIVE) {
            throw new DisabledAccountException("Account disabled");
        }
        if (account.isLocked(CDI.current().select(Clock.class).get().instant())) {
            throw new LockedAccountException("Account locked");
        }
        ZjcsPrincipal principal = new ZjcsPrincipal(account.getId(), account.getUsername(),
                account.getOrganisation().getId());
        return new SimpleAuthenticationInfo(principal, account.getPasswordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        ZjcsPrincipal principal = principals.oneByType(ZjcsPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal != null) {
            accounts().findById(principal.userId())
                    .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                    .ifPresent(a -> info.setRoles(a.getRoles().stream().map(Enum::name).collect(Collectors.toSet())));
        }
        return info;
    }

    private static AccountRepository accounts() {
        return CDI.current().select(AccountRepository.class).get();
    }
}
