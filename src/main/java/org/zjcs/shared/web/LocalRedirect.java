package org.zjcs.shared.web;

/**
 * Where a redirect may go: only a relative, same-site path of this application. A target is kept when it starts with
 * the context path followed by a single {@code /}, and holds no backslash, no control character and no scheme;
 * anything else ({@code //evil.example/}, {@code /\evil.example}, {@code http://…}, {@code javascript:…}) is replaced
 * by the fallback. Browsers read {@code //host} and {@code /\host} as another site, hence the checks (open redirect,
 * OWASP ASVS 5.1.5).
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /** True when {@code target} is a path of this application at {@code contextPath} ("" for the root). */
    public static boolean isLocal(String contextPath, String target) {
        if (target == null || target.isEmpty()) {
            return false;
        }
        String prefix = (contextPath == null ? "" : contextPath) + "/";
        if (!target.startsWith(prefix)) {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        if (target.length() > prefix.length()
                && (target.charAt(prefix.length()) == '/' || target.charAt(prefix.length()) == '\\')) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        int colon = target.indexOf(':');
        int query = target.indexOf('?');
        // a colon in the path part could only matter before the first slash (a scheme); the path starts with '/', but
        // refuse any colon before the query anyway: no page of this application has one
        return colon < 0 || (query >= 0 && colon > query);
    }

    /** {@code target} if it is local ({@link #isLocal}), else {@code fallback}. */
    public static String orElse(String contextPath, String target, String fallback) {
        return isLocal(contextPath, target) ? target : fallback;
    }
}
