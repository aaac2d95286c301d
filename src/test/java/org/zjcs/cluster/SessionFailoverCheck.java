package org.zjcs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.WebClient;

/**
 * Sessions survive a node's death (issue 19 item 2; docs/scaling.md, "Sessions"), against a running
 * {@code scripts/cluster} with database sessions: owner01 and firm01 log in through the balancer (HAProxy's cookie
 * prefix {@code n1~}/{@code n2~} tells each session's node), each opens a Faces page with a form (the notification
 * inbox: a lazy table in a view-scoped bean) and its header's log-out form; then the node holding owner01's session
 * is killed with {@code kill -9} ({@code scripts/cluster kill-node app N}), and on the survivor: the workspace still opens logged in, the table's Ajax paging
 * and a plain post of the form rendered by the dead node are answered (no login page, no "view expired"); the node is
 * started again and, once the balancer has it back, sessions work on both nodes and logging out with the dead node's
 * form ends the session and its row in the session table. The transcript goes to
 * {@code target/cluster-checks/session-failover.txt}.
 */
class SessionFailoverCheck {

    static final String PASSWORD = "Zjcs@2026";
    static final String INBOX = "/account/notifications.xhtml";
    static final List<String> transcript = new ArrayList<>();
    static final Instant start = Instant.now();
    static String previousBaseUrl;

    @BeforeAll
    static void balancer() {
        previousBaseUrl = System.getProperty("zjcs.it.baseUrl");
        System.setProperty("zjcs.it.baseUrl", Cluster.baseUrl());
    }

    @AfterAll
    static void writeTranscript() throws IOException {
        if (previousBaseUrl != null) {
            System.setProperty("zjcs.it.baseUrl", previousBaseUrl);
        }
        Files.write(Cluster.out().resolve("session-failover.txt"), transcript, StandardCharsets.UTF_8);
    }

    static void log(String line) {
        String stamped = String.format("%6.1f s  %s", Duration.between(start, Instant.now()).toMillis() / 1000.0, line);
        transcript.add(stamped);
        System.out.println(stamped);
    }

    /** One logged-in user: its client, its node, and the pages it was shown before the node died. */
    record User(String name, String workspace, WebClient web, int node, String inboxViewState) {
    }

    @Test
    void aSessionContinuesOnTheOtherNodeWhenItsNodeDies() throws Exception {
        markLogs(1, 2);
        User owner = login("owner01", "/owner/index.xhtml");
        User firm = login("firm01", "/firm/index.xhtml");
        log("session rows in zjcs_sessions.sessions: " + sessionRows());

        int dead = owner.node();
        int survivor = dead == 1 ? 2 : 1;
        long pid = Long.parseLong(Files.readString(pidFile(dead)).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node " + dead + " not running"));
        if (scriptHas("kill-node")) {
            Cluster.script("kill-node", "app", Integer.toString(dead));
        } else {
            process.destroyForcibly();
        }
        process.onExit().get(30, TimeUnit.SECONDS);
        log("kill -9 of Liberty node " + dead + " (pid " + pid + "), the node of owner01's session");

        for (User u : List.of(owner, firm)) {
            long t0 = System.nanoTime();
            HttpResponse<String> ws = u.web().get(u.workspace());
            log(u.name() + ": GET " + u.workspace() + " → " + ws.statusCode() + " in " + millis(t0) + " ms, "
                    + (loggedIn(ws) ? "logged in" : "NOT logged in") + ", cookie " + prefix(u.web()));
            assertEquals(200, ws.statusCode(), u.name() + "'s workspace after node " + dead + " died");
            assertTrue(loggedIn(ws), u.name() + " is still logged in after node " + dead + " died");

            HttpResponse<String> page = paging(u);
            assertTrue(page.body().contains("<update id=\"inboxForm:notifications\""),
                    u.name() + ": the inbox table's paging (a view of node " + u.node() + ") is answered: " + page.body());
            HttpResponse<String> post = u.web().postForm(INBOX, "inboxForm", u.inboxViewState(), Map.of());
            log(u.name() + ": POST of the inbox form rendered by node " + u.node() + " → " + post.statusCode()
                    + (expired(post) ? " VIEW EXPIRED" : "") + (loggedIn(post) ? ", the inbox page" : ""));
            assertEquals(200, post.statusCode(), u.name() + ": the form posts");
            assertFalse(expired(post), u.name() + ": the view rendered by node " + u.node() + " is known on node " + survivor);
            assertTrue(post.body().contains("inboxForm:notifications"), u.name() + ": the inbox again");
        }
        List<String> errors = sessionErrors(survivor);
        log("session errors (SESN…E) in node " + survivor + "'s log: " + (errors.isEmpty() ? "none" : errors));
        assertEquals(List.of(), errors, "node " + survivor + " wrote and read every session");

        long t0 = System.nanoTime();
        startNode(dead);
        log("Liberty node " + dead + " started again, /health/ready 200 after " + millis(t0) / 1000 + " s");
        waitInBalancer(dead);
        log("the balancer has node " + dead + " UP again");

        for (User u : List.of(owner, firm)) {
            HttpResponse<String> ws = u.web().get(u.workspace());
            log(u.name() + ": GET " + u.workspace() + " → " + ws.statusCode() + ", " + (loggedIn(ws) ? "logged in" : "NOT logged in")
                    + ", cookie " + prefix(u.web()));
            assertTrue(ws.statusCode() == 200 && loggedIn(ws), u.name() + " after node " + dead + " came back");
        }
        // new sessions again on both nodes, each working
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < 4 && !(nodes.contains(1) && nodes.contains(2)); i++) {
            User fresh = login("owner01", "/owner/index.xhtml");
            nodes.add(fresh.node());
            assertEquals(200, paging(fresh).statusCode());
            logout(fresh);
        }
        log("fresh logins landed on nodes " + nodes);
        assertTrue(nodes.contains(dead), "a new session lands on the restarted node " + dead + ": " + nodes);

        for (User u : List.of(owner, firm)) {
            String id = storedId(u.web());
            long before = created(id);
            logout(u);
            long after = created(id);
            // Liberty gives the next session of the same browser the id it sent (a new row, created now)
            log(u.name() + ": logged out with the form rendered before the kill; its row (id " + id + ", created "
                    + before + ") " + (after < 0 ? "removed" : "replaced by a new session's, created " + after));
            assertTrue(before > 0, u.name() + "'s session is in the session table");
            assertTrue(after < 0 || after > before, "logging out removes " + u.name() + "'s session row");
        }
        log("session rows in zjcs_sessions.sessions: " + sessionRows());
        assertEquals(List.of(), sessionErrors(survivor), "no session errors on node " + survivor);
        assertEquals(List.of(), sessionErrors(dead), "no session errors on the restarted node " + dead);
    }

    static User login(String name, String workspace) {
        WebClient web = new WebClient();
        HttpResponse<String> login = web.login(name, PASSWORD);
        assertEquals(302, login.statusCode(), name + " logs in: " + login.body());
        HttpResponse<String> ws = web.getFollowing(workspace);
        assertTrue(ws.statusCode() == 200 && loggedIn(ws), name + "'s workspace");
        HttpResponse<String> inbox = web.get(INBOX);
        assertEquals(200, inbox.statusCode(), name + "'s inbox");
        String viewState = WebClient.viewStateIn(inbox.body());
        assertNotNull(viewState, "the inbox has a form");
        int node = prefix(web).equals("n1") ? 1 : 2;
        assertTrue(prefix(web).equals("n" + node), "HAProxy's prefix on JSESSIONID: " + web.sessionId());
        log(name + ": logged in through the balancer, session on node " + node + " (JSESSIONID " + prefix(web)
                + "~…), inbox page with its form rendered there");
        return new User(name, workspace, web, node, viewState);
    }

    /** The inbox table's Ajax paging, as the page's script sends it, in the view rendered before. */
    static HttpResponse<String> paging(User u) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", "inboxForm:notifications");
        p.put("jakarta.faces.partial.execute", "inboxForm:notifications");
        p.put("jakarta.faces.partial.render", "inboxForm:notifications");
        p.put("inboxForm:notifications", "inboxForm:notifications");
        p.put("inboxForm:notifications_pagination", "true");
        p.put("inboxForm:notifications_first", "0");
        p.put("inboxForm:notifications_rows", "20");
        p.put("inboxForm:notifications_skipChildren", "true");
        p.put("inboxForm:notifications_encodeFeature", "true");
        p.put("inboxForm", "inboxForm");
        p.put("jakarta.faces.ViewState", u.inboxViewState());
        long t0 = System.nanoTime();
        HttpResponse<String> r = u.web().postAjax(INBOX, p);
        log(u.name() + ": Ajax paging of the inbox table (view of node " + u.node() + ") → " + r.statusCode() + " in "
                + millis(t0) + " ms" + (expired(r) ? " VIEW EXPIRED" : ""));
        return r;
    }

    static void logout(User u) {
        HttpResponse<String> r = u.web().postForm(INBOX, "logoutForm", u.inboxViewState(), Map.of("logout", "x"));
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, u.name() + " logs out: " + r.statusCode());
        HttpResponse<String> after = u.web().get(u.workspace());
        assertFalse(after.statusCode() == 200 && loggedIn(after), u.name() + " is logged out");
    }

    static boolean loggedIn(HttpResponse<String> r) {
        return r.body().contains("logoutForm:logout") && !r.body().contains("id=\"loginForm\"");
    }

    /** An error page (view expired, 500), a partial response's error or a redirect to the expired page. */
    static boolean expired(HttpResponse<String> r) {
        String body = r.body();
        return body.contains("id=\"error-title\"") || body.contains("<error>") || body.matches("(?s).*<redirect url=\"[^\"]*expired.*")
                || r.headers().firstValue("Location").orElse("").contains("expired");
    }

    static String prefix(WebClient web) {
        String id = web.sessionId();
        return id == null || !id.contains("~") ? "none" : id.substring(0, id.indexOf('~'));
    }

    static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static Path wlpUser() {
        return Cluster.dir().resolve("wlp-usr");
    }

    static Path pidFile(int node) {
        return wlpUser().resolve("servers/.pid/zjcsNode" + node + ".pid");
    }

    static Path log(int node) {
        return wlpUser().resolve("servers/zjcsNode" + node + "/logs/messages.log");
    }

    /** Where each node's log stood when the check began: its file (Liberty starts a new one at a restart), lines. */
    private static final Map<Integer, Object> LOG_FILE = new java.util.HashMap<>();
    private static final Map<Integer, Long> LOG_LINES = new java.util.HashMap<>();

    /** Remembers where the nodes' logs stand, so that errors of earlier runs (e.g. a fault test's kills) do not count. */
    static void markLogs(int... nodes) throws IOException {
        for (int node : nodes) {
            if (Files.exists(log(node))) {
                LOG_FILE.put(node, Files.readAttributes(log(node), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
                try (java.util.stream.Stream<String> lines = Files.lines(log(node), StandardCharsets.UTF_8)) {
                    LOG_LINES.put(node, lines.count());
                }
            }
        }
    }

    /** Liberty's session errors (SESN0040E not serializable, SESN0051E not loadable, …) in a node's log since
     * {@link #markLogs}. */
    static List<String> sessionErrors(int node) throws IOException {
        if (!Files.exists(log(node))) {
            return List.of();
        }
        Object file = Files.readAttributes(log(node), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        long skip = file != null && file.equals(LOG_FILE.get(node)) ? LOG_LINES.getOrDefault(node, 0L) : 0;
        return Files.readAllLines(log(node), StandardCharsets.UTF_8).stream().skip(skip)
                .filter(l -> l.matches(".*SESN\\d{4}E.*")).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }

    /** The id Liberty stores a session under: the cookie's value without HAProxy's prefix, the cache id (its first
     * four characters) and the clone ids (after ':'). */
    static String storedId(WebClient web) {
        String v = web.sessionId();
        v = v.substring(v.indexOf('~') + 1);
        v = v.substring(4);
        return v.contains(":") ? v.substring(0, v.indexOf(':')) : v;
    }

    /** When the session stored under {@code id} was created (ms), -1 when there is none. */
    static long created(String id) throws SQLException {
        try (Connection c = Cluster.db(1); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT creationtime FROM zjcs_sessions.sessions WHERE id = ? AND id = propid")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    static int sessionRows() throws SQLException {
        try (Connection c = Cluster.db(1); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM zjcs_sessions.sessions")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Starts a Liberty node of the cluster again and waits for its readiness: {@code scripts/cluster start-node app N}
     * (else, with an older script, Liberty's own {@code server start} on the node's user directory).
     */
    static void startNode(int node) throws Exception {
        Path script = script();
        if (scriptHas("start-node")) {
            Cluster.script("start-node", "app", Integer.toString(node));
        } else {
            Path server = script.toAbsolutePath().getParent().getParent().resolve("target/liberty/wlp/bin/server");
            ProcessBuilder b = new ProcessBuilder(server.toString(), "start", "zjcsNode" + node).redirectErrorStream(true);
            b.environment().put("WLP_USER_DIR", wlpUser().toString());
            Process p = b.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0, "server start: " + out);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        Instant until = Instant.now().plus(15, ChronoUnit.MINUTES);
        while (Instant.now().isBefore(until)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(Cluster.nodeUrl(node) + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("node " + node + " not ready again");
    }

    static Path script() {
        return Path.of(System.getProperty("zjcs.cluster.script", "scripts/cluster"));
    }

    /** Whether {@code scripts/cluster} has a command (kill-node and start-node came with the fault test). */
    static boolean scriptHas(String command) throws IOException {
        return Files.readString(script()).contains(command + ")");
    }

    /** Waits until HAProxy's health check has the node UP again. */
    static void waitInBalancer(int node) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 60; i++) {
            String csv = http.send(HttpRequest.newBuilder(URI.create(Cluster.statsUrl() + ";csv")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (csv.lines().anyMatch(l -> l.startsWith("liberty,node" + node + ",") && l.contains(",UP,"))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the balancer does not have node " + node + " UP again");
    }
}
