package org.zjcs.portal.web;

import jakarta.servlet.http.HttpServletRequest;

/** The absolute address of the application as the visitor reached it (scheme, host, port, context path). */
public final class SiteAddress {

    private SiteAddress() {
    }

    public static String of(HttpServletRequest req) {
        StringBuilder b = new StringBuilder(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
        if (!defaultPort) {
            b.append(':').append(port);
        }
        return b.append(req.getContextPath()).toString();
    }
}
