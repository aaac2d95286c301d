package org.zjcs.shared.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.zjcs.shared.web.LocalRedirect;

/**
 * The language switch: any GET with {@code ?lang=en} or {@code ?lang=zh-CN} sets the language cookie
 * ({@link LocaleBean#COOKIE}; no HTTP session) and redirects to the same address without the parameter (only if that
 * address is a local path, {@link LocalRedirect}; else to the home page). Mapped in web.xml before Shiro, so that it also
 * works on pages Shiro refuses.
 */
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The language choice is remembered for a year. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String lang = req.getParameter("lang");
        if (lang == null || !"GET".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        localeBean.select(lang);
        Cookie cookie = new Cookie(LocaleBean.COOKIE, localeBean.getLanguageTag());
        cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        res.addCookie(cookie);
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if ("lang".equals(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                query.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        String q = query.toString();
        // only back to a page of this application: GET //evil.example/?lang=en must not send the reader to evil.example
        String context = req.getContextPath();
        String target = LocalRedirect.orElse(context, req.getRequestURI() + (q.isEmpty() ? "" : "?" + q), context + "/");
        res.sendRedirect(target);
    }
}
