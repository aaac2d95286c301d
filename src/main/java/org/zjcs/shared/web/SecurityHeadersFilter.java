package org.zjcs.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response (pages, REST, files, resources, redirects and error pages; mapped first in
 * web.xml, for requests and error dispatches): {@link ContentSecurityPolicy} (a Faces page's own policy with its nonce
 * replaces the default one), {@code X-Frame-Options: DENY} for browsers without frame-ancestors,
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin},
 * {@code Permissions-Policy} (camera, microphone, geolocation, payment, USB off) and, only when the request came over
 * TLS, {@code Strict-Transport-Security} (a year; over plain HTTP the header would be ignored and pin nothing).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    public static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        apply(req, res);
        chain.doFilter(req, res instanceof OwnPolicy ? res : new OwnPolicy(res));
    }

    static void apply(HttpServletRequest req, HttpServletResponse res) {
        if (res.isCommitted()) {
            return;
        }
        res.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.POLICY);
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("Permissions-Policy", PERMISSIONS);
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * Keeps one policy: a page that adds its own (PrimeFaces, with the nonce) replaces the default instead of adding a
     * second header (browsers enforce every policy they get, and the default one has no nonce). An error page
     * reached through sendError gets the headers again (a container may reset them).
     */
    static final class OwnPolicy extends HttpServletResponseWrapper {

        OwnPolicy(HttpServletResponse res) {
            super(res);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
