package org.zjcs.security.domain;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Password hashing with Shiro's password service: argon2id with a random salt, stored in Shiro 2's
 * crypt format ({@code $shiro2$argon2id$v=19$t=…,m=…,p=…$salt$hash}). The same service checks logins.
 */
public final class Passwords {

    private static final DefaultPasswordService SERVICE = new DefaultPasswordService();

    private Passwords() {
    }

    public static PasswordService service() {
        return SERVICE;
    }

    public static String hash(String plain) {
        return SERVICE.encryptPassword(plain);
    }

    public static boolean matches(String plain, String hash) {
        return SERVICE.passwordsMatch(plain, hash);
    }
}
