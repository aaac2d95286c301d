package org.zjcs.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every response. Scripts only from this site or inline with the page's nonce (never
 * {@code 'unsafe-inline'} for scripts: an injected {@code <script>} or {@code onclick} does not run); styles may be
 * inline (PrimeFaces sets style attributes); no plug-ins, no framing by other sites, forms post only to this site.
 * <p>
 * On Faces pages PrimeFaces (context parameter {@code primefaces.CSP}) draws the nonce, writes it on its scripts,
 * moves inline event handlers into a nonce'd script and sends the header: {@code primefaces.CSP_POLICY} in web.xml
 * must equal {@link #POLICY}, to which it appends {@code 'nonce-…';}. Every other response ({@link SecurityHeadersFilter}:
 * REST, files, resources, redirects) gets {@link #POLICY} without a nonce.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    /** Ends with script-src, so that a nonce can be appended. */
    public static final String POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,200})'");
    private static final Pattern NONCE_VALUE = Pattern.compile("[A-Za-z0-9+/=_-]{8,200}");

    private ContentSecurityPolicy() {
    }

    /** The policy with a script nonce, as PrimeFaces writes it. */
    public static String withNonce(String nonce) {
        return POLICY + " 'nonce-" + nonce + "';";
    }

    /** The nonce in a policy header, or null. */
    public static String nonceOf(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = NONCE.matcher(header);
        return m.find() ? m.group(1) : null;
    }

    /** Whether a string could be a nonce (base64 characters only: safe to put back into a header and a page). */
    public static boolean isNonce(String s) {
        return s != null && NONCE_VALUE.matcher(s).matches();
    }
}
