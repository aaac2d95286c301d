package org.zjcs.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.zjcs.shared.error.DomainException;

/**
 * What a new password must be (NIST SP 800-63B style): at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH}
 * characters (Unicode code points, so Chinese counts one per character), not one of the 10,000 most common passwords
 * (case-insensitively, the list {@code org/zjcs/security/common-passwords.txt}), and no composition rules. Applied
 * wherever a password is chosen: registration, invitation acceptance, change, reset. Existing passwords are not checked
 * again.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "/org/zjcs/security/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password the policy does not allow, with a message key of {@code password.error.*}. */
    public static void check(String password) {
        if (password == null || password.isEmpty()) {
            throw new DomainException("password.error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password.error.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password.error.tooLong", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw new DomainException("password.error.common");
        }
    }

    /** Refuses a new password and its repetition when they differ, then checks the policy. */
    public static void check(String password, String repeated) {
        if (password != null && !password.isEmpty() && !password.equals(repeated)) {
            throw new DomainException("password.error.mismatch");
        }
        check(password);
    }

    /** Whether the password is on the list of common passwords, ignoring case. */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the shipped list holds. */
    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            Set<String> words = new HashSet<>(16_384);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
