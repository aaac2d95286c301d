package org.zjcs.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.ratelimit.SecurityEvents;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;

/**
 * Limits on requests that cost storage or review work, before anything else reads them (web.xml, after the language
 * filter):
 * <ul>
 * <li>rate limits per client address ({@link RateLimits}): registration posts ({@code /register/firm.xhtml},
 * {@code /register/owner.xhtml}), invitation acceptance ({@code /invitation.xhtml}), password reset requests
 * ({@code /password-forgotten.xhtml}), every multipart post (the upload
 * forms and the REST multipart calls) — refused with HTTP 429, {@code Retry-After} and the message
 * {@code ratelimit.error.tooMany} in the reader's language (a JSON {@code ApiError} under {@code /api/});</li>
 * <li>upload size: a page's multipart body is parsed here by the container with the Faces servlet's multipart-config
 * (web.xml: {@code max-file-size} = the default {@code upload.max-bytes}), so a larger file is refused while it
 * arrives, with HTTP 413 and the application's own message {@code upload.error.size}; a REST multipart call larger
 * than three files of {@code upload.max-bytes} (the most any call takes) plus 1 MB is refused by its
 * {@code Content-Length} before it is read.</li>
 * </ul>
 */
public class RequestLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final long ENVELOPE = 1024 * 1024;

    @Inject
    transient RateLimits limits;

    @Inject
    transient SettingsService settings;

    @Inject
    transient SecurityEvents events;

    @Inject
    transient LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equalsIgnoreCase(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean api = path.startsWith("/api/");
        boolean ajax = "partial/ajax".equals(req.getHeader("Faces-Request"));
        String type = req.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        String client = limits.clientOf(req);

        RateLimits.Action action = null;
        if (!ajax && (path.equals("/register/firm.xhtml") || path.equals("/register/owner.xhtml"))) {
            action = RateLimits.Action.REGISTRATION;
        } else if (!ajax && path.equals("/invitation.xhtml")) {
            action = RateLimits.Action.INVITATION;
        } else if (!ajax && path.equals("/password-forgotten.xhtml")) {
            action = RateLimits.Action.PASSWORD_RESET;
        }
        if (action != null && refused(action, client, api, req, res)) {
            return;
        }
        if (multipart && refused(RateLimits.Action.UPLOAD, client, api, req, res)) {
            return;
        }
        if (multipart) {
            int maxBytes = settings.intValue(FileStorageService.MAX_BYTES, FileStorageService.DEFAULT_MAX_BYTES);
            if (maxBytes < 1) {
                maxBytes = FileStorageService.DEFAULT_MAX_BYTES;
            }
            if (api) {
                if (req.getContentLengthLong() > 3L * maxBytes + ENVELOPE) {
                    tooLarge(req, res, maxBytes, true);
                    return;
                }
            } else if (path.endsWith(".xhtml")) {
                try {
                    for (jakarta.servlet.http.Part part : req.getParts()) {
                        if (!readableFileName(part)) {
                            // e.g. a NUL in the file name: the container's upload code throws when the page reads the
                            // name, which showed the error page (issue 14, bad-input corpus); refused here instead
                            answer(req, res, 400, "upload.error.fileName", false, null);
                            return;
                        }
                    }
                } catch (IllegalStateException e) {
                    // the container's multipart-config limit (a file or the whole request too large): such a request
                    // is longer than one file may be; anything else is left to the page as before
                    if (req.getContentLengthLong() > maxBytes || req.getContentLengthLong() < 0) {
                        tooLarge(req, res, maxBytes, false);
                        return;
                    }
                } catch (ServletException | IOException e) {
                    // a malformed body: the page answers it as before
                }
            }
        }
        chain.doFilter(req, res);
    }

    /** Whether the container can give the part's file name (it refuses names with a NUL). */
    private static boolean readableFileName(jakarta.servlet.http.Part part) {
        try {
            part.getSubmittedFileName();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

        private boolean refused(RateLimits.Action action, String client, boolean api, HttpServletRequest req,
                            HttpServletResponse res) throws IOException {
        Duration wait = limits.tryAcquire(action, client);
        if (wait.isZero()) {
            return false;
        }
        long seconds = RateLimits.seconds(wait);
        res.setHeader("Retry-After", String.valueOf(seconds));
        answer(req, res, 429, "ratelimit.error.tooMany", api, seconds);
        return true;
    }

    private void tooLarge(HttpServletRequest req, HttpServletResponse res, int maxBytes, boolean api) throws IOException {
        events.count(SecurityEvents.UPLOAD_TOO_LARGE);
        res.setHeader("Connection", "close");
        answer(req, res, 413, "upload.error.size", api, Math.max(1, maxBytes / (1024 * 1024)));
    }

    private void answer(HttpServletRequest req, HttpServletResponse res, int status, String key, boolean api,
                        Object arg) throws IOException {
        Locale locale = api ? ApiLocale.of(req) : localeBean.getLocale();
        String text = Messages.text(locale, key, arg);
        String body;
        if (api) {
            body = "{\"code\":\"" + key + "\",\"message\":\"" + json(text) + "\"}";
        } else {
            body = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                    + "<title>" + html(text) + "</title></head><body><p id=\"limit-message\">" + html(text)
                    + "</p><p><a href=\"" + html(req.getRequestURI()) + "\">"
                    + html(Messages.text(locale, "ratelimit.back")) + "</a></p></body></html>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType((api ? "application/json" : "text/html") + ";charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
        res.flushBuffer();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
