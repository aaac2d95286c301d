package org.zjcs.security.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.zjcs.shared.error.DomainException;

/**
 * Password hashing with Shiro's password service: argon2id with a random salt, stored in Shiro 2's
 * crypt format ({@code $shiro2$argon2id$v=19$t=…,m=…,p=…$salt$hash}). The same service checks logins.
 *
 * <p>Each argon2 hash takes tens of MB of memory, so at most {@code zjcs.password.hash.permits} (system property,
 * default 4) run at once in this server; a caller that cannot get a permit within {@code zjcs.password.hash.wait.ms}
 * (default 3000) gets {@link BusyException} ("busy, try again") instead of queueing without bound.
 */
public final class Passwords {

    private static final DefaultPasswordService SERVICE = new DefaultPasswordService();
    private static final int PERMITS = Math.max(1, Integer.getInteger("zjcs.password.hash.permits", 4));
    private static final long WAIT_MS = Math.max(0, Long.getLong("zjcs.password.hash.wait.ms", 3000L));
    private static final Semaphore GATE = new Semaphore(PERMITS, true);
    private static volatile String dummyHash;

    /** No hashing permit was free in time: message {@code security.error.busy}. */
    public static final class BusyException extends DomainException {
        private static final long serialVersionUID = 1L;

        public BusyException() {
            super("security.error.busy");
        }
    }

    private Passwords() {
    }

    public static PasswordService service() {
        return SERVICE;
    }

    public static String hash(String plain) {
        return gated(() -> SERVICE.encryptPassword(plain));
    }

    public static boolean matches(String plain, String hash) {
        return gated(() -> SERVICE.passwordsMatch(plain, hash));
    }

    /** Runs one hashing under a permit. */
    public static <T> T gated(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = GATE.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!acquired) {
            throw new BusyException();
        }
        try {
            return hashing.get();
        } finally {
            GATE.release();
        }
    }

    /** The number of permits (concurrent hashes) of this server. */
    public static int permits() {
        return PERMITS;
    }

    /**
     * A hash, with the same parameters as real ones, of a random password nobody knows: checked against what an
     * unknown user name typed, so that such an attempt costs the same time as a wrong password.
     */
    public static String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            h = SERVICE.encryptPassword(Base64.getEncoder().encodeToString(random));
            dummyHash = h;
        }
        return h;
    }
}
