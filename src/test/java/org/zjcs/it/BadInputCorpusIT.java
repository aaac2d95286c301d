package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.WebClient;

/**
 * Issue 14: the bad-input corpus. Every case in {@code src/test/resources/badinput/*.json} (the format is described in
 * {@code badinput/README.md}) is sent to the running server as one dynamic test named "file / case id", and for each
 * the test asserts what a user or an attacker would notice:
 * <ul>
 * <li>the answer is one of the case's expected statuses, never 500, and shows no stack trace, exception class name,
 * SQL or container default page;</li>
 * <li>it carries the product's own message in the reader's language (zh-CN by default; cases with {@code "lang": "en"}
 * send the English language cookie): for REST an {@code ApiError} whose code is a key of messages_*.properties and
 * whose message is that key's text, for Faces pages an error message on the page that is a text of the bundle;</li>
 * <li>nothing changed: the row count of every table (except the few written by timers, {@link #TIMER_TABLES}) and
 * the files in the stored-files directory are the same before and after the case.</li>
 * </ul>
 * Cases marked {@code "refusedBy": "container"} are refused by Open Liberty before the application sees them (an
 * encoded NUL in the address): for them only the status, the absence of leaks and "nothing changed" are asserted.
 * One login per role, reused by all cases.
 */
class BadInputCorpusIT {

    /**
     * Tables not counted. None of the demo's timers writes while the corpus runs (its notices' time limits are days
     * away); a table a timer writes to during the run (a flaky "rows changed") belongs here, with the reason.
     */
    static final Set<String> TIMER_TABLES = Set.of("flyway_schema_history", "risk_scan_run");

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** Only the cases whose "file / id" matches (-Dzjcs.corpus.only=regex), e.g. while writing new cases. */
    private static final Pattern ONLY = Pattern.compile(System.getProperty("zjcs.corpus.only", ".*"));
    private static final Pattern SCRIPT = Pattern.compile("(?s)<script[^>]*>.*?</script>");
    /** The title of the product's error page, or the text of a refusal before Faces (RequestLimitFilter). */
    private static final Pattern ERROR_TITLE = Pattern.compile("<(?:h1 id=\"error-title\"|p id=\"limit-message\")>([^<]+)</");
    private static final Pattern MACRO = Pattern.compile("\\$\\{(repeat|hex|repeathex):([^}]*)}");
    private static final Pattern FACES_ERROR = Pattern.compile(
            "class=\"ui-messages?-(?:error|warn|fatal)(?:-summary|-detail)?\"[^>]*>([^<]+)<");
    /** What must never reach a caller: stack traces, exception class names, SQL, the container's own error texts. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"),
            Pattern.compile("\\b(java|jakarta|javax|org|com|io)\\.[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\b\\w+(Exception|Error):"),
            Pattern.compile("(?i)\\b(SQLSTATE|SQLException|select\\s+[\\w*, ]+\\s+from\\s+\\w+|insert\\s+into\\s+\\w+)\\b"),
            Pattern.compile("\\b(SRVE|CWWK|CWNEN|CWWJP|RESTEASY)\\d{3,}"),
            Pattern.compile("(?i)Error 500|Internal Server Error"));

    private static final Properties ZH = bundle("messages_zh_CN.properties");
    private static final Properties EN = bundle("messages_en.properties");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The session of each role (user name), logged in once. */
    private static final Map<String, String> SESSIONS = new HashMap<>();
    private static Connection db;
    private static List<String> tables;
    private static long started;
    private static int cases;

    /** A notice in its publicity period in which firm06 lost: the page {@code ${announcedNotice}} of the corpus. */
    private static long announcedNotice;

    /**
     * The objection form needs a notice in its publicity period in which firm06 lost. It is made here rather than taken
     * from the demo data, whose publicity periods pass when other tests move the server's clock on.
     */
    @BeforeAll
    static void aNoticeInItsPublicityPeriod() throws Exception {
        long notice = Fixtures.publish(Fixtures.as("owner01"), "Corpus objection " + System.nanoTime(), SelectionIT.ITEM,
                "LOWEST_PRICE", null, "50000", "60000", 2);
        SelectionIT.enrol(Fixtures.firm(SelectionIT.ITEM), notice, "{\"price\": 51000}");
        SelectionIT.enrol("firm06", notice, "{\"price\": 52000}");
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        TestClock.reset(); // back to the real time before the cases: its publicity period runs on from the moved clock
        announcedNotice = notice;
    }

    @BeforeAll
    static void openTheDatabase() throws SQLException {
        started = System.nanoTime();
        db = It.db();
        db.setReadOnly(true);
        tables = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                     + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!TIMER_TABLES.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        assertFalse(tables.isEmpty(), "no tables in the test database");
    }

    @AfterAll
    static void closeTheDatabase() throws SQLException {
        System.out.printf("BadInputCorpusIT: %d cases in %d s%n", cases, (System.nanoTime() - started) / 1_000_000_000L);
        if (db != null) {
            db.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException, URISyntaxException {
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : corpusFiles()) {
            JsonObject spec;
            try (JsonReader r = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                spec = r.readObject();
            }
            JsonObject defaults = spec.containsKey("defaults") ? spec.getJsonObject("defaults") : JsonValue.EMPTY_JSON_OBJECT;
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            List<DynamicTest> tests = new ArrayList<>();
            Set<String> ids = new TreeSet<>();
            for (JsonValue v : spec.getJsonArray("cases")) {
                JsonObject c = merge(defaults, v.asJsonObject());
                String id = c.getString("id");
                assertTrue(ids.add(id), name + ": case id " + id + " used twice");
                assertTrue(c.containsKey("category"), name + "/" + id + ": no category");
                if (ONLY.matcher(name + " / " + id).find()) {
                    tests.add(DynamicTest.dynamicTest(name + " / " + id, () -> run(name, c)));
                    cases++;
                }
            }
            files.add(DynamicContainer.dynamicContainer(name, tests));
        }
        if (ONLY.pattern().equals(".*")) {
            assertTrue(cases >= 300, "the corpus holds " + cases + " cases, fewer than 300");
        }
        return files.stream();
    }

    static List<Path> corpusFiles() throws IOException, URISyntaxException {
        URL dir = BadInputCorpusIT.class.getClassLoader().getResource("badinput");
        assertNotNull(dir, "no badinput/ on the test class path");
        try (Stream<Path> all = Files.list(Path.of(dir.toURI()))) {
            return all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonObject merge(JsonObject defaults, JsonObject c) {
        var b = Json.createObjectBuilder(defaults);
        c.forEach(b::add);
        return b.build();
    }

    // One case

    private static void run(String file, JsonObject c) throws Exception {
        String role = c.getString("role", "anonymous");
        if (!"anonymous".equals(role)) {
            session(role); // logged in before the snapshot: a login writes its own audit entry
        }
        Snapshot before = Snapshot.take();
        boolean english = "en".equals(c.getString("lang", "zh"));
        HttpResponse<byte[]> answer = "faces".equals(c.getString("kind", "rest")) ? faces(c, english) : rest(c, english);
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (System.getProperty("zjcs.corpus.dump") != null) {
            Files.writeString(Path.of(System.getProperty("zjcs.corpus.dump"), c.getString("id") + ".html"), body);
        }
        String where = file + "/" + c.getString("id") + ": HTTP " + answer.statusCode()
                + answer.headers().firstValue("Location").map(l -> " to " + l).orElse("") + " " + shorten(body);

        assertTrue(answer.statusCode() != 500, "a server error: " + where);
        // The page's own scripts (PrimeFaces' and MyFaces' set-up code names exception classes it handles) aside
        String shown = SCRIPT.matcher(body).replaceAll("");
        for (Pattern leak : LEAKS) {
            Matcher m = leak.matcher(shown);
            assertFalse(m.find(), "the answer shows \"" + (m.hitEnd() ? "" : safeGroup(m)) + "\": " + where);
        }
        List<Integer> expected = statuses(c);
        assertTrue(expected.contains(answer.statusCode()), "expected HTTP " + expected + ": " + where);
        boolean html = answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if ("container".equals(c.getString("refusedBy", ""))) {
            // refused by the server before the application (docs/security.md V5): its status and nothing else is asserted
            assertTrue(body.length() < 1000, "a short refusal: " + where);
        } else if ("faces".equals(c.getString("kind", "rest")) && answer.statusCode() == 200) {
            assertFacesMessage(c, body, english, where);
        } else if (answer.statusCode() == 200) {
            // an accepted harmless request (a read, a duplicated parameter whose first value counts): nothing to refuse,
            // but still nothing may change
            assertTrue(expected.contains(200), where);
        } else if (html) {
            assertErrorPage(body, english, where);
        } else {
            assertApiError(c, answer, body, english, where);
        }
        Snapshot after = Snapshot.take();
        assertEquals(before.rows(), after.rows(), "rows changed: " + where);
        assertEquals(before.files(), after.files(), "stored files changed: " + where);
    }

    private static String safeGroup(Matcher m) {
        try {
            return m.group();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static List<Integer> statuses(JsonObject c) {
        JsonValue s = c.get("status");
        if (s == null) {
            return List.of("faces".equals(c.getString("kind", "rest")) ? 200 : 400);
        }
        if (s.getValueType() == JsonValue.ValueType.NUMBER) {
            return List.of(c.getInt("status"));
        }
        return c.getJsonArray("status").getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList();
    }

    /** A REST refusal: an ApiError whose code is a message key and whose message is its text in the reader's language. */
    private static void assertApiError(JsonObject c, HttpResponse<byte[]> answer, String body, boolean english, String where) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "not a JSON error: " + where);
        JsonObject error;
        try (JsonReader r = Json.createReader(new java.io.StringReader(body))) {
            error = r.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("not an ApiError: " + where, e);
        }
        String code = error.getString("code", null);
        String message = error.getString("message", null);
        assertNotNull(code, "no code: " + where);
        assertNotNull(message, "no message: " + where);
        Properties bundle = english ? EN : ZH;
        assertTrue(bundle.containsKey(code), "the code " + code + " is not a message key: " + where);
        assertTrue(matches(bundle.getProperty(code), message), "the message is not the text of " + code
                + " in " + (english ? "English" : "Chinese") + ": " + where);
        assertLanguage(message, english, where);
        if (c.containsKey("code")) {
            List<String> codes = c.get("code").getValueType() == JsonValue.ValueType.STRING ? List.of(c.getString("code"))
                    : c.getJsonArray("code").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            assertTrue(codes.contains(code), "expected the code " + codes + ": " + where);
        }
    }

    /** A Faces refusal: the page shows at least one error message, each a text of the bundle in the reader's language. */
    private static void assertFacesMessage(JsonObject c, String body, boolean english, String where) {
        Matcher m = FACES_ERROR.matcher(body);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(unescape(m.group(1)).strip());
        }
        assertFalse(shown.isEmpty(), "no error message on the page: " + where);
        Properties bundle = english ? EN : ZH;
        for (String text : shown) {
            assertTrue(bundle.values().stream().anyMatch(p -> matches((String) p, text)),
                    "\"" + text + "\" is not a text of messages_" + (english ? "en" : "zh_CN") + ": " + where);
            assertLanguage(text, english, where);
        }
        if (c.containsKey("code")) {
            String key = c.getString("code");
            assertTrue(shown.stream().anyMatch(t -> matches(bundle.getProperty(key, "\u0000"), t)),
                    "expected the text of " + key + " among " + shown + ": " + where);
        }
    }

    /** A refusal before the application (e.g. an encoded ".." in the address): the product's error page. */
    private static void assertErrorPage(String body, boolean english, String where) {
        Matcher m = ERROR_TITLE.matcher(body);
        assertTrue(m.find(), "not the product's error page: " + where);
        String title = unescape(m.group(1)).strip();
        Properties bundle = english ? EN : ZH;
        assertTrue(bundle.values().stream().anyMatch(p -> matches((String) p, title)),
                "\"" + title + "\" is not a text of the bundle: " + where);
        assertLanguage(title, english, where);
    }

    private static void assertLanguage(String text, boolean english, String where) {
        boolean cjk = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (english) {
            assertFalse(cjk, "Chinese in an English message: " + where);
        } else {
            assertTrue(cjk, "no Chinese in a Chinese message: " + where);
        }
    }

    /** Whether {@code text} is the message pattern {@code pattern} with some arguments filled in. */
    static boolean matches(String pattern, String text) {
        String p = pattern.replace("''", "'");
        StringBuilder regex = new StringBuilder();
        Matcher arg = Pattern.compile("\\{\\d+[^}]*}").matcher(p);
        int last = 0;
        while (arg.find()) {
            regex.append(Pattern.quote(p.substring(last, arg.start()))).append("(?s).*?");
            last = arg.end();
        }
        regex.append(Pattern.quote(p.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text.strip()).matches();
    }

    // Requests

    private static HttpResponse<byte[]> rest(JsonObject c, boolean english) throws Exception {
        String contentType = c.getString("contentType", null);
        byte[] body = null;
        if (c.containsKey("parts")) {
            String boundary = "----zjcs-corpus-" + UUID.randomUUID();
            body = multipart(boundary, c.getJsonArray("parts"), "");
            if (contentType == null) {
                contentType = "multipart/form-data; boundary=" + boundary;
            }
        } else if (c.containsKey("json")) {
            body = c.get("json").toString().getBytes(StandardCharsets.UTF_8);
        } else if (c.containsKey("body")) {
            body = bytes(c.getString("body"));
        }
        if (contentType == null && body != null) {
            contentType = "application/json";
        }
        HttpRequest.Builder b = request(c, c.getString("path"), english)
                .method(c.getString("method", body == null ? "GET" : "POST"),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Origin", WebClient.siteOrigin()).header(WebClient.CSRF_HEADER, "1");
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A Faces form post: the page is read first (view state, CSP nonce), then the form is sent with the case's fields. */
    private static HttpResponse<byte[]> faces(JsonObject c, boolean english) throws Exception {
        String page = c.getString("page").replace("${announcedNotice}", String.valueOf(announcedNotice));
        HttpResponse<byte[]> shown = HTTP.send(request(c, page, english).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String html = new String(shown.body(), StandardCharsets.UTF_8);
        Matcher vs = VIEW_STATE.matcher(html);
        assertTrue(vs.find(), "no form on " + page + " (HTTP " + shown.statusCode() + ") for " + c.getString("id"));
        Matcher nonce = CSP_INIT.matcher(html);
        String form = c.getString("form");
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {form + "_SUBMIT", "1"});
        for (String[] f : pairs(c.get("fields"))) {
            fields.add(new String[] {f[0].startsWith("=") ? f[0].substring(1) : form + ":" + f[0], f[1]});
        }
        fields.add(new String[] {"jakarta.faces.ViewState", vs.group(1)});
        fields.add(new String[] {WebClient.NONCE_PARAM, nonce.find() ? nonce.group(1).replace("\\/", "/") : ""});
        byte[] body;
        String contentType = c.getString("contentType", null);
        if (c.containsKey("files") || "multipart".equals(c.getString("encoding", ""))) {
            String boundary = "----zjcs-corpus-" + UUID.randomUUID();
            var parts = Json.createArrayBuilder();
            for (String[] f : fields) {
                parts.add(Json.createObjectBuilder().add("name", f[0]).add("value", f[1]));
            }
            if (c.containsKey("files")) {
                for (JsonValue f : c.getJsonArray("files")) {
                    JsonObject file = f.asJsonObject();
                    String input = fileInputName(html, form + ":" + file.getString("input"));
                    parts.add(Json.createObjectBuilder(file).add("name", input));
                }
            }
            body = multipart(boundary, parts.build(), "");
            if (contentType == null) {
                contentType = "multipart/form-data; boundary=" + boundary;
            }
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String[] f : fields) {
                if (out.size() > 0) {
                    out.write('&');
                }
                out.writeBytes(percent(f[0].getBytes(StandardCharsets.UTF_8)));
                out.write('=');
                out.writeBytes(percent(bytes(f[1])));
            }
            body = out.toByteArray();
            if (contentType == null) {
                contentType = "application/x-www-form-urlencoded; charset=UTF-8";
            }
        }
        HttpRequest.Builder b = request(c, c.getString("path", page), english)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(JsonObject c, String path, boolean english) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + path)).timeout(Duration.ofSeconds(60));
        List<String> cookies = new ArrayList<>();
        String role = c.getString("role", "anonymous");
        if (!"anonymous".equals(role)) {
            cookies.add("JSESSIONID=" + session(role));
        }
        if (english) {
            cookies.add("zjcs_lang=en");
        }
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies));
        }
        JsonObject headers = c.containsKey("headers") ? c.getJsonObject("headers") : JsonValue.EMPTY_JSON_OBJECT;
        if (!headers.containsKey("Accept-Language")) {
            // a Chinese browser: English cases are users who switched the site to English (the cookie)
            b.header("Accept-Language", "zh-CN,zh;q=0.9");
        }
        headers.forEach((k, v) -> b.header(k, ((JsonString) v).getString()));
        return b;
    }

    private static synchronized String session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> {
            WebClient web = new WebClient();
            HttpResponse<String> r = web.login(u, It.DEMO_PASSWORD);
            assertEquals(302, r.statusCode(), "login of " + u);
            return web.sessionId();
        });
    }

    /** Fields as an object {id: value} or as a list of [id, value] pairs (to send a parameter twice). */
    private static List<String[]> pairs(JsonValue v) {
        List<String[]> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            v.asJsonObject().forEach((k, x) -> out.add(new String[] {k, ((JsonString) x).getString()}));
        } else {
            for (JsonValue p : v.asJsonArray()) {
                JsonArray a = p.asJsonArray();
                out.add(new String[] {a.getString(0), a.getString(1)});
            }
        }
        return out;
    }

    /**
     * A multipart body: each part {name, value} or {name, filename, contentType, content | contentBase64}; a name or
     * file name is sent as given, bytes included (macros apply to values, file names and content).
     */
    private static byte[] multipart(String boundary, JsonArray parts, String prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonValue v : parts) {
            JsonObject p = v.asJsonObject();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes(prefix + p.getString("name")));
            out.writeBytes("\"".getBytes(StandardCharsets.UTF_8));
            if (p.containsKey("filename")) {
                out.writeBytes("; filename=\"".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes(p.getString("filename")));
                out.writeBytes(("\"\r\nContent-Type: " + p.getString("contentType", "application/octet-stream"))
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            if (p.containsKey("contentBase64")) {
                out.writeBytes(Base64.getDecoder().decode(p.getString("contentBase64")));
            } else if (p.containsKey("content")) {
                out.writeBytes(bytes(p.getString("content")));
            } else {
                out.writeBytes(bytes(p.getString("value", "")));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * The bytes of a text of the corpus: UTF-8, with macros for what JSON text cannot hold: {@code ${repeat:N:TEXT}}
     * (TEXT N times), {@code ${hex:C4E3BAC3}} (raw bytes, e.g. GBK or invalid UTF-8), {@code ${repeathex:N:7D}}.
     */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = MACRO.matcher(text);
        int last = 0;
        while (m.find()) {
            out.writeBytes(text.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            String arg = m.group(2);
            switch (m.group(1)) {
                case "hex" -> out.writeBytes(hex(arg));
                case "repeat", "repeathex" -> {
                    int colon = arg.indexOf(':');
                    int n = Integer.parseInt(arg.substring(0, colon));
                    String what = arg.substring(colon + 1);
                    byte[] unit = m.group(1).equals("hex") || m.group(1).equals("repeathex") ? hex(what)
                            : what.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < n; i++) {
                        out.writeBytes(unit);
                    }
                }
                default -> fail("unknown macro " + m.group());
            }
            last = m.end();
        }
        out.writeBytes(text.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] hex(String h) {
        String s = h.replace(" ", "");
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static byte[] percent(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : raw) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

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

    // Messages

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = BadInputCorpusIT.class.getResourceAsStream("/org/zjcs/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String unescape(String html) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String shorten(String body) {
        String s = body.replaceAll("\\s+", " ");
        Matcher m = FACES_ERROR.matcher(s);
        if (m.find()) {
            return "… " + s.substring(Math.max(0, m.start() - 50), Math.min(s.length(), m.end() + 300));
        }
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    // Nothing changed

    /** The row count of every table and the stored files (the files a refused form holds for its next submit excluded). */
    record Snapshot(Map<String, Long> rows, Set<Path> files) {

        static Snapshot take() throws SQLException {
            String sql = tables.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + t + "`")
                    .collect(Collectors.joining(" UNION ALL "));
            Map<String, Long> rows = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Snapshot(rows, storedFiles());
        }

        static Set<Path> storedFiles() {
            Path dir = It.dataDir();
            if (!Files.isDirectory(dir)) {
                return Set.of();
            }
            Path held = dir.resolve("tmp");
            try (Stream<Path> all = Files.walk(dir)) {
                return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(held))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
