package org.zjcs.security.infrastructure;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The rule of {@link CsrfFilter}, without the HTTP plumbing: a state-changing REST call (POST, PUT, PATCH, DELETE)
 * that carries the session cookie must come from a page of this site — its {@code Origin} (or, when a browser sent
 * none, its {@code Referer}) names this site — and must carry a header that a cross-site HTML form cannot send and a
 * cross-site script cannot send without a CORS preflight, which this server never grants ({@value #HEADER}: any
 * non-empty value, or {@code X-Requested-With: XMLHttpRequest}). Calls with a department API key
 * ({@value #API_KEY_HEADER}) are not made by browsers with a session and are left to the key check; calls without
 * the session cookie carry no authority to misuse and are left to the login check (401).
 */
public final class CsrfCheck {

    /** The custom header the application's own callers send. */
    public static final String HEADER = "X-ZJCS-CSRF";
    /** The header jQuery and most script libraries send; accepted as well. */
    public static final String REQUESTED_WITH = "X-Requested-With";
    /** The department API key header (procurement's ApprovalCaseResource.KEY_HEADER; security may not import it). */
    public static final String API_KEY_HEADER = "X-Api-Key";
    /** The session cookie of the container. */
    public static final String SESSION_COOKIE = "JSESSIONID";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** What the check says. */
    public enum Verdict {
        /** Not a state-changing call with the session cookie, or one from this site with the header. */
        ALLOWED,
        /** The Origin (or Referer) is missing or names another site. */
        FOREIGN_ORIGIN,
        /** The custom header is missing. */
        NO_HEADER
    }

    private CsrfCheck() {
    }

    /**
     * @param method the HTTP method
     * @param sessionCookie whether the request carries the session cookie
     * @param apiKey whether it carries an API key header
     * @param origin the Origin header, or null
     * @param referer the Referer header, or null
     * @param customHeader the {@value #HEADER} header, or null
     * @param requestedWith the X-Requested-With header, or null
     * @param ownOrigins this site's origins (scheme://host[:port]), e.g. the one the request was addressed to
     */
    public static Verdict check(String method, boolean sessionCookie, boolean apiKey, String origin, String referer,
                                String customHeader, String requestedWith, Collection<String> ownOrigins) {
        if (method == null || !STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT)) || !sessionCookie || apiKey) {
            return Verdict.ALLOWED;
        }
        String claimed = origin != null && !origin.isBlank() ? origin : referer;
        String from = originOf(claimed);
        if (from == null || ownOrigins.stream().map(CsrfCheck::originOf).noneMatch(from::equals)) {
            return Verdict.FOREIGN_ORIGIN;
        }
        boolean header = customHeader != null && !customHeader.isBlank()
                || "XMLHttpRequest".equalsIgnoreCase(requestedWith == null ? null : requestedWith.trim());
        return header ? Verdict.ALLOWED : Verdict.NO_HEADER;
    }

    /** The normalised origin (scheme://host:port, lower case, default port made explicit) of a URL, or null. */
    static String originOf(String url) {
        if (url == null || url.isBlank() || "null".equals(url.trim())) {
            return null;
        }
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme();
            String host = u.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
