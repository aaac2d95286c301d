package org.zjcs.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for tests: keeps cookies, does not follow redirects, can post JSF forms. */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The view state in a partial (Ajax) response. */
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    /** PrimeFaces' CSP start-up call in a page, with the page's nonce ('/' escaped as '\/'). */
    private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The parameter the page's script adds to every form under CSP (PrimeFaces checks it on postbacks). */
    public static final String NONCE_PARAM = "primefaces.nonce";

    private final CookieManager cookies = new CookieManager();
    /** The CSP nonce of each view this client was shown (by view state), as the page's script puts it in its forms. */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String lastNonce;
    /** The client address this client claims in X-Forwarded-For (the test server trusts loopback as a proxy), or null. */
    private final String clientAddress;

    public WebClient() {
        this(null);
    }

    /**
     * A client seen by the server as coming from {@code clientAddress} (for the per-address throttling and rate limits;
     * the test server exempts its loopback runner from them).
     */
    public WebClient(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(It.baseUrl() + path)).GET());
    }

    /** GETs the path and follows redirects within the application. */
    public HttpResponse<String> getFollowing(String path) {
        HttpResponse<String> r = get(path);
        for (int i = 0; i < 5 && r.statusCode() / 100 == 3; i++) {
            String location = r.headers().firstValue("Location").orElseThrow();
            r = get(location.startsWith("http") ? URI.create(location).getRawPath() : location);
        }
        return r;
    }

    /** The JSF view state of the page at {@code path}. */
    public String viewStateOf(String path) {
        HttpResponse<String> page = get(path);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("No JSF view state on " + path + " (HTTP " + page.statusCode() + ")");
        }
        return m.group(1);
    }

    /** The JSF view state in a page or a partial response, or null if there is none. */
    public static String viewStateIn(String body) {
        Matcher m = VIEW_STATE.matcher(body);
        if (m.find()) {
            return m.group(1);
        }
        Matcher p = PARTIAL_VIEW_STATE.matcher(body);
        return p.find() ? p.group(1) : null;
    }

    /** Posts the JSF form {@code formId} of the page at {@code path} with the given fields (ids without the form prefix). */
    public HttpResponse<String> postForm(String path, String formId, Map<String, String> fields) {
        return postForm(path, formId, viewStateOf(path), fields);
    }

    /** Posts the JSF form {@code formId} in the view {@code viewState} (e.g. one left open in another tab). */
    public HttpResponse<String> postForm(String path, String formId, String viewState, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId + "_SUBMIT", "1");
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put("jakarta.faces.ViewState", viewState);
        form.put(NONCE_PARAM, nonceFor(viewState));
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(It.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Posts the multipart JSF form {@code formId} of the page at {@code path}: the fields (ids without the form prefix)
     * and, for each file upload component id, a file, sent under the name of the page's native file input.
     */
    public HttpResponse<String> postMultipart(String path, String formId, Map<String, String> fields, Map<String, Path> files) {
        return postMultipart(path, formId, fields, List.copyOf(files.entrySet()));
    }

    /**
     * Posts a multipart form with files, the same input possibly several times (a multi-file input): each entry is the
     * input's id in the form and a file.
     */
    public HttpResponse<String> postMultipart(String path, String formId, Map<String, String> fields,
                                              List<Map.Entry<String, Path>> files) {
        String page = get(path).body();
        Matcher vs = VIEW_STATE.matcher(page);
        if (!vs.find()) {
            throw new AssertionError("No JSF view state on " + path);
        }
        String boundary = "----zjcs" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId + "_SUBMIT", "1");
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put("jakarta.faces.ViewState", vs.group(1));
        form.put(NONCE_PARAM, nonceFor(vs.group(1)));
        form.forEach((k, v) -> part(body, boundary, "name=\"" + k + "\"", null, v.getBytes(StandardCharsets.UTF_8)));
        files.forEach(f -> {
            try {
                part(body, boundary, "name=\"" + fileInputName(page, formId + ":" + f.getKey()) + "\"; filename=\""
                        + f.getValue().getFileName() + "\"", "application/octet-stream", Files.readAllBytes(f.getValue()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(It.baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The name of the native file input of the upload component {@code clientId} (its id, or its id + "_input"). */
    private static String fileInputName(String page, String clientId) {
        Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
        while (input.find()) {
            Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(input.group());
            Matcher name = Pattern.compile("\\sname=\"([^\"]+)\"").matcher(input.group());
            if (id.find() && name.find() && (id.group(1).equals(clientId) || id.group(1).equals(clientId + "_input"))) {
                return name.group(1);
            }
        }
        throw new AssertionError("No file input for " + clientId);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; ").append(disposition).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a raw form body, e.g. with a view state the server never issued. */
    public HttpResponse<String> postRaw(String path, String body) {
        String withNonce = body.contains(NONCE_PARAM) ? body
                : body + "&" + NONCE_PARAM + "=" + URLEncoder.encode(nonceFor(body), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(It.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(withNonce)));
    }

    /** Posts a JSON body (REST resources), as the site's own pages do (same Origin, the CSRF header). */
    public HttpResponse<String> postJson(String path, String json) {
        return send(sameSite(HttpRequest.newBuilder(URI.create(It.baseUrl() + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a JSON body with any method (PUT, DELETE…), as the site's own pages do; a null body sends none. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(sameSite(HttpRequest.newBuilder(URI.create(It.baseUrl() + path)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Posts a multipart form (a JSF form with file inputs, or a REST upload), from a page of this site: with its
     * Origin and the CSRF header the site's scripts send (JSF ignores the header).
     */
    public HttpResponse<String> postMultipart(String path, Multipart form) {
        if (!path.startsWith("/api/") && !form.hasField(NONCE_PARAM)) {
            form.field(NONCE_PARAM, nonceFor(new String(form.toByteArray(), StandardCharsets.UTF_8)));
        }
        return send(sameSite(HttpRequest.newBuilder(URI.create(It.baseUrl() + path)))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
    }

    /**
     * Posts a JSF Ajax request (the fields as the page's script would send them: the form's inputs, the view state
     * and the {@code jakarta.faces.*} parameters); the answer is a partial response.
     */
    public HttpResponse<String> postAjax(String path, Map<String, String> given) {
        Map<String, String> fields = new LinkedHashMap<>(given);
        fields.computeIfAbsent(NONCE_PARAM, k -> nonceFor(String.valueOf(given.get("jakarta.faces.ViewState"))));
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(It.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Asserts the HTTP revalidation of a public address: it answers 200 with a quoted ETag, 304 with no body to that
     * ETag in If-None-Match, and 200 with the same body to another one.
     */
    public void assertRevalidatesByEtag(String path) {
        HttpResponse<String> r = get(path);
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), path);
        String tag = r.headers().firstValue("ETag").orElse(null);
        org.junit.jupiter.api.Assertions.assertTrue(tag != null && tag.startsWith("\""), path + " has an ETag");
        HttpResponse<String> again = sendAs("GET", path, null, null, Map.of("If-None-Match", tag));
        org.junit.jupiter.api.Assertions.assertEquals(304, again.statusCode(), path);
        org.junit.jupiter.api.Assertions.assertEquals("", again.body(), path);
        HttpResponse<String> other = sendAs("GET", path, null, null, Map.of("If-None-Match", "\"other\""));
        org.junit.jupiter.api.Assertions.assertEquals(200, other.statusCode(), path);
        org.junit.jupiter.api.Assertions.assertEquals(r.body(), other.body(), path);
    }

    /**
     * Sends a request exactly as given (method, content type, body, headers) with this client's cookies and nothing
     * else: e.g. what another site's form or script makes a logged-in user's browser send.
     */
    public HttpResponse<String> sendAs(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** The origin of the test server (scheme://host:port), as a browser sends it in Origin. */
    public static String siteOrigin() {
        URI u = URI.create(It.baseUrl());
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    /** What the site's own scripts add to a state-changing REST call: the page's Origin and the CSRF header. */
    private static HttpRequest.Builder sameSite(HttpRequest.Builder b) {
        return b.header("Origin", siteOrigin()).header(CSRF_HEADER, "1");
    }

    /** The custom header REST calls from the site's pages carry (org.zjcs.security.infrastructure.CsrfCheck.HEADER). */
    public static final String CSRF_HEADER = "X-ZJCS-CSRF";

    /** Logs in through the login page; returns the answer to the login POST (a redirect on success). */
    public HttpResponse<String> login(String username, String password) {
        return postForm("/login.xhtml", "loginForm", Map.of("username", username, "password", password, "submit", "登录"));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /**
     * The CSP nonce of the view whose state appears in {@code text} (a view state, or a form body holding one), else
     * of the last page shown, else a new one in PrimeFaces' form (a stateless view accepts any well-formed nonce).
     */
    public String nonceFor(String text) {
        if (text != null) {
            for (Map.Entry<String, String> e : nonces.entrySet()) {
                if (text.contains(e.getKey()) || text.contains(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))) {
                    return e.getValue();
                }
            }
        }
        String last = lastNonce;
        return last != null ? last : java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers the nonce a page or partial response was rendered with, by its view state. */
    private void noteNonce(String body) {
        if (body == null) {
            return;
        }
        Matcher m = CSP_INIT.matcher(body);
        if (m.find()) {
            String nonce = m.group(1).replace("\\/", "/");
            lastNonce = nonce;
            String vs = viewStateIn(body);
            if (vs != null) {
                nonces.put(vs, nonce);
            }
        }
    }

    /** GETs a binary download (a PDF, a spreadsheet) as bytes, with this client's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + path)).GET();
            if (clientAddress != null) {
                b.header("X-Forwarded-For", clientAddress);
            }
            return http.send(b.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            if (clientAddress != null) {
                b.header("X-Forwarded-For", clientAddress);
            }
            HttpResponse<String> r = http.send(b.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            noteNonce(r.body());
            return r;
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
