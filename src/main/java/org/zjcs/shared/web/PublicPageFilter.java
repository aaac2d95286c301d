package org.zjcs.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.zjcs.shared.i18n.LocaleBean;

/**
 * The public pages (a fixed set, so the metric's tags stay bounded): times each request in the {@value #METRIC} timer
 * tagged with the page, and gives anonymous GETs an ETag (hash of the rendered body) with {@code Cache-Control:
 * no-cache}, answering 304 when the browser's If-None-Match matches, and serves a page rendered for another visitor
 * less than {@code zjcs.public.page.cache.ms} ago ({@link PublicPageCache}, default 1 s) instead of rendering it
 * again. Never for logged-in users: their pages are personal. Mapped in web.xml after Shiro, so that the subject is
 * known.
 */
public class PublicPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String METRIC = "zjcs_page";
    static final Set<String> PAGES = Set.of("/index.xhtml", "/notices.xhtml", "/results.xhtml", "/notice.xhtml", "/firms.xhtml",
            "/firm-profile.xhtml", "/credit.xhtml", "/firm-credit.xhtml", "/credit-rules.xhtml", "/catalog.xhtml", "/service.xhtml",
            "/verify.xhtml", "/bulletins.xhtml", "/bulletin.xhtml", "/search.xhtml",
            "/articles.xhtml", "/article.xhtml", "/announcements.xhtml");
    private static final Metadata METADATA = Metadata.builder().withName(METRIC)
            .withDescription("Time to answer a public page, by page").withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    /** How long a rendered public page may be served again to other visitors (ms; 0: never). */
    @Inject
    @ConfigProperty(name = "zjcs.public.page.cache.ms", defaultValue = "1000")
    long cacheMillis;

    private volatile PublicPageCache cache;

    private PublicPageCache cache() {
        PublicPageCache c = cache;
        if (c == null) {
            c = new PublicPageCache(cacheMillis, 2000, System::currentTimeMillis);
            cache = c;
        }
        return c;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String page = page(req);
        if (page == null) {
            chain.doFilter(req, res);
            return;
        }
        long start = System.nanoTime();
        try {
            boolean anonymous = "GET".equals(req.getMethod()) && SecurityUtils.getSubject().getPrincipal() == null;
            if (anonymous) {
                withEtag(req, res, chain, cache());
            } else {
                chain.doFilter(req, res);
            }
        } finally {
            registry.timer(METADATA, new Tag("page", page)).update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The public page a request is for, or null. */
    static String page(HttpServletRequest req) {
        String path = req.getServletPath();
        if (path == null || path.isEmpty() || "/".equals(path)) {
            path = "/index.xhtml";
        }
        return PAGES.contains(path) ? path : null;
    }

    private static void withEtag(HttpServletRequest req, HttpServletResponse res, FilterChain chain, PublicPageCache cache)
            throws IOException, ServletException {
        String key = PublicPageCache.key(language(req), req.getRequestURI(), req.getQueryString());
        PublicPageCache.Page kept = cache.fresh(key);
        if (kept != null) {
            res.setContentType(kept.contentType());
            if (kept.contentLanguage() != null) {
                res.setHeader("Content-Language", kept.contentLanguage());
            }
            answer(req, res, kept.body(), kept.etag(), newNonce());
            return;
        }
        Buffered buffered = new Buffered(res);
        chain.doFilter(req, buffered);
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || res.isCommitted()) {
            if (body.length > 0) { // an error page may already have taken the response's writer
                try {
                    res.getOutputStream().write(body);
                } catch (IllegalStateException writerTaken) {
                    String enc = res.getCharacterEncoding();
                    res.getWriter().write(new String(body, enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc)));
                }
            }
            return;
        }
        // the page's script nonce (PrimeFaces CSP) changes with every render: hash and keep the page without it
        String nonce = ContentSecurityPolicy.nonceOf(res.getHeader(ContentSecurityPolicy.HEADER));
        byte[] plain = Nonces.out(body, nonce);
        String etag = hash(plain);
        if (!res.containsHeader("Set-Cookie")) { // never keep a page that hands out something personal
            cache.keep(key, plain, res.getContentType(), res.getHeader("Content-Language"), etag);
        }
        answer(req, res, plain, etag, nonce == null ? newNonce() : nonce);
    }

    /** A nonce as PrimeFaces draws it (Base64 of a random UUID; PrimeFaces checks that form on postbacks). */
    static String newNonce() {
        return java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The language a visitor without a session reads in (the cookie set by the language switch). */
    private static String language(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (LocaleBean.COOKIE.equals(c.getName())) {
                    return "en".equalsIgnoreCase(c.getValue()) ? "en" : "zh";
                }
            }
        }
        return "zh";
    }

    /**
     * Answers with the page (its nonce placeholders filled with {@code nonce}, sent in the CSP header too) or 304.
     * The ETag is {@code "hash.nonce"}: the hash of the page without its nonce, and the nonce the browser's copy
     * carries, so that a 304 can send the policy that copy's scripts need (browsers take the 304's headers).
     */
    private static void answer(HttpServletRequest req, HttpServletResponse res, byte[] plain, String hash, String nonce)
            throws IOException {
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("Vary", "Cookie");
        String match = req.getHeader("If-None-Match");
        String cachedNonce = match == null ? null : matchingNonce(match, hash);
        if (cachedNonce != null) {
            res.setHeader("ETag", etag(hash, cachedNonce));
            res.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withNonce(cachedNonce));
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            res.setContentLength(0);
            return;
        }
        byte[] body = Nonces.in(plain, nonce);
        res.setHeader("ETag", etag(hash, nonce));
        res.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withNonce(nonce));
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    static String etag(String hash, String nonce) {
        return "\"" + hash + "." + nonce + "\"";
    }

    /** The nonce of the browser's copy when one of the If-None-Match tags is this page's hash, else null. */
    static String matchingNonce(String ifNoneMatch, String hash) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.length() < 2 || !c.startsWith("\"") || !c.endsWith("\"")) {
                continue;
            }
            c = c.substring(1, c.length() - 1);
            int dot = c.indexOf('.');
            if (dot > 0 && c.substring(0, dot).equals(hash) && ContentSecurityPolicy.isNonce(c.substring(dot + 1))) {
                return c.substring(dot + 1);
            }
        }
        return null;
    }

    static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the body in memory until the page is complete (public pages are small). */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;

        Buffered(HttpServletResponse res) {
            super(res);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        out.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(out, cs), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the length is set once the whole body is known
        }

        @Override
        public void setContentLengthLong(long len) {
            // idem
        }

        @Override
        public void resetBuffer() {
            out.reset();
        }

        @Override
        public void reset() {
            super.reset();
            out.reset();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return out.toByteArray();
        }
    }
}
