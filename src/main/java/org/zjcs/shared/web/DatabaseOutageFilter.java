package org.zjcs.shared.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.zjcs.shared.db.Conflicts;
import org.zjcs.shared.error.DatabaseOutage;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;

/**
 * The database unreachable while a request is being handled outside JAX-RS (Shiro's realm, the account status check,
 * the rate limits): 503 with {@code service.error.databaseUnavailable} in the reader's language and {@code Retry-After},
 * as JSON {@code ApiError} under {@code /api/} and as a small page elsewhere, instead of the 500 error page (issue 14,
 * item 7a). A write conflict that every attempt met (a deadlock or a Galera certification conflict: {@link Conflicts},
 * retried by {@code @RetryOnConflict} first) is answered the same way with {@code service.error.conflict}. Any other
 * error passes on unchanged. Mapped in web.xml right after the security headers.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            if (res.isCommitted()) {
                throw e;
            }
            if (DatabaseOutage.isUnreachable(e)) {
                LOG.warning("Request refused (503): the database is unreachable (" + e + ")");
                refuse(req, res, DatabaseOutage.MESSAGE_KEY);
            } else if (Conflicts.isConflict(e)) {
                LOG.warning("Request refused (503): write conflict on every attempt (" + e + ")");
                refuse(req, res, Conflicts.MESSAGE_KEY);
            } else {
                throw e;
            }
        }
    }

    static void refuse(HttpServletRequest req, HttpServletResponse res, String key) throws IOException {
        Locale locale = ApiLocale.of(req);
        String text = Messages.text(locale, key);
        res.resetBuffer();
        res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        res.setHeader("Retry-After", "5");
        res.setHeader("Cache-Control", "no-store");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        byte[] body;
        if (path.startsWith("/api/")) {
            res.setContentType("application/json;charset=UTF-8");
            body = Json.createObjectBuilder().add("code", key).add("message", text).build()
                    .toString().getBytes(StandardCharsets.UTF_8);
        } else {
            res.setContentType("text/html;charset=UTF-8");
            String lang = locale == Locale.ENGLISH ? "en" : "zh-CN";
            body = ("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>503</title></head>"
                    + "<body><h1>" + text + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
