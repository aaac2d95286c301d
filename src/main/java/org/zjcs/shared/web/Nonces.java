package org.zjcs.shared.web;

import java.nio.charset.StandardCharsets;

/**
 * Takes a page's script nonce out (placeholders) and puts another one in, so that a public page can be hashed
 * (ETag) and kept ({@link PublicPageCache}) independently of the nonce it was rendered with, and served again with a
 * fresh one. The nonce appears in {@code nonce="…"} attributes and, with {@code /} escaped as {@code \/}, in
 * PrimeFaces' {@code PrimeFaces.csp.init('…')}. Public pages are UTF-8; a nonce is Base64, the same in any ASCII
 * superset.
 */
final class Nonces {

    static final String MARK = "@@zjcs-nonce@@";
    static final String MARK_JS = "@@zjcs-nonce-js@@";
    private static final String INIT = "PrimeFaces.csp.init('";

    private Nonces() {
    }

    /** The body with every occurrence of {@code nonce} replaced by placeholders (unchanged if nonce is null). */
    static byte[] out(byte[] body, String nonce) {
        if (nonce == null || nonce.isEmpty()) {
            return body;
        }
        String s = new String(body, StandardCharsets.UTF_8);
        // the script form first, by its context (with no '/' in the nonce it looks like the attribute form)
        s = s.replace(INIT + nonce.replace("/", "\\/") + "'", INIT + MARK_JS + "'");
        return s.replace(nonce, MARK).getBytes(StandardCharsets.UTF_8);
    }

    /** The body with its placeholders replaced by {@code nonce}. */
    static byte[] in(byte[] plain, String nonce) {
        String s = new String(plain, StandardCharsets.UTF_8);
        if (!s.contains(MARK) && !s.contains(MARK_JS)) {
            return plain;
        }
        return s.replace(MARK_JS, nonce.replace("/", "\\/")).replace(MARK, nonce).getBytes(StandardCharsets.UTF_8);
    }
}
