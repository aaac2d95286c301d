package org.zjcs.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong ETags for the portal's machine-readable answers (robots.txt, the sitemap files, the feeds, and the public
 * JSON APIs of the public lists: results, notices, the OCDS open data, search, 通报, the credit rules and a firm's credit): a GET's 200 body is
 * kept in memory, hashed (SHA-256, first 128 bits) and sent with {@code ETag} and {@code Cache-Control: no-cache}; a
 * request whose {@code If-None-Match} names that tag (or {@code *}) gets 304 without a
 * body. A body larger than {@value #MAX_BUFFER} bytes (a big sitemap file, a day's OCDS file) is streamed on as it is written, without an
 * ETag, so that memory stays bounded. The body depends on the reader's language (cookie) for the feeds and the API:
 * {@code Vary: Cookie, Accept-Language}.
 */
@WebFilter(urlPatterns = {"/robots.txt", "/sitemap.xml", "/sitemaps/*", "/feeds/*", "/api/portal/*", "/api/ocds/*", "/api/search",
    "/api/bulletins", "/api/bulletins/*", "/api/credit/rules", "/api/credit/firms/*"})
public class EtagFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_BUFFER = 1 << 20;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Vary", "Cookie, Accept-Language");
        Buffered buffered = new Buffered(res);
        chain.doFilter(req, buffered);
        buffered.flushWriter();
        if (buffered.streaming()) {
            return; // too big to keep: already sent as written
        }
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || res.isCommitted()) {
            if (body.length > 0 && !res.isCommitted()) {
                res.getOutputStream().write(body);
            }
            return;
        }
        String etag = "\"" + hash(body) + "\"";
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", "no-cache");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            res.setContentLength(0);
            return;
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for If-None-Match) or is *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if ("*".equals(c)) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the body until it grows past {@link #MAX_BUFFER}; then writes what it has and streams the rest through. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(16 * 1024);
        private OutputStream direct;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse res) {
            super(res);
        }

        boolean streaming() {
            return direct != null;
        }

        byte[] bytes() {
            return kept.toByteArray();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        private void write(byte[] b, int off, int len) throws IOException {
            if (direct == null && kept.size() + len > MAX_BUFFER) {
                direct = getResponse().getOutputStream();
                kept.writeTo(direct);
                kept.reset();
            }
            if (direct != null) {
                direct.write(b, off, len);
            } else {
                kept.write(b, off, len);
            }
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
                    public void write(int b) throws IOException {
                        Buffered.this.write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        Buffered.this.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (direct != null) {
                            direct.flush();
                        }
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the filter sets the length of what it sends
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() throws IOException {
            if (direct != null) {
                direct.flush();
            }
        }
    }
}
