package org.zjcs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server with a database of its own, for the fault tests that kill the server (issue 14, item 7b):
 * killing the shared test server would break the other integration tests. Made from the test server the build
 * prepared ({@code zjcsTestServer}: its server.xml, jvm.options, server.env, application and JDBC driver) as
 * {@code zjcsFaultServer} in the same Liberty runtime, with its own ports, data directory and MariaDB (a fresh data
 * directory initialised with the same MariaDB binaries, started with the test database's command line on its own
 * port). Started, killed ({@code kill -9} of the server's JVM) and started again with {@code bin/server start}.
 */
public final class FaultServer implements AutoCloseable {

    public static final String NAME = "zjcsFaultServer";

    private final Path wlp;
    private final Path dir;
    private final Path work;
    private final int dbPort;
    private final int httpPort;
    private final int httpsPort;
    private Process database;

    public FaultServer(Path wlp, Path work, int dbPort, int httpPort, int httpsPort) {
        this.wlp = wlp;
        this.dir = wlp.resolve("usr/servers/" + NAME);
        this.work = work;
        this.dbPort = dbPort;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String dbUrl() {
        return It.dbUrl().replaceFirst("//([^:/]+):\\d+/", "//$1:" + dbPort + "/");
    }

    /** A fresh database (mariadb-install-db, then the test database's mariadbd command on this port) and the server. */
    public void create(int testDbPort) throws Exception {
        MariaDbProcess template = MariaDbProcess.onPort(testDbPort).orElseThrow(
                () -> new IllegalStateException("no test database on port " + testDbPort));
        Path dataDir = work.resolve("db");
        delete(work);
        Files.createDirectories(dataDir);
        Path tmp = work.resolve("tmp");
        Files.createDirectories(tmp);
        String baseDir = template.option("--basedir");
        run(List.of(baseDir + "/scripts/mariadb-install-db", "--datadir=" + dataDir, "--basedir=" + baseDir, "--no-defaults",
                "--force", "--skip-name-resolve", "--user=root"), Path.of(baseDir), 180);
        List<String> cmd = new ArrayList<>();
        for (String a : template.command()) {
            if (a.startsWith("--datadir=")) {
                a = "--datadir=" + dataDir;
            } else if (a.startsWith("--port=")) {
                a = "--port=" + dbPort;
            } else if (a.startsWith("--socket=")) {
                a = "--socket=" + work.resolve("mariadb.sock");
            } else if (a.startsWith("--tmpdir=")) {
                a = "--tmpdir=" + tmp;
            }
            cmd.add(a);
        }
        database = template.start(cmd, It.dbUrl().replaceFirst("//([^:/]+):\\d+/[^?]*", "//$1:" + dbPort + "/"),
                work.resolve("mariadbd.log"), 120);
        try (Connection c = DriverManager.getConnection(
                It.dbUrl().replaceFirst("//([^:/]+):\\d+/[^?]*", "//$1:" + dbPort + "/"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS zjcs");
        }

        Path test = wlp.resolve("usr/servers/zjcsTestServer");
        delete(dir);
        Files.createDirectories(dir);
        for (String f : List.of("server.xml", "jvm.options", "server.env")) {
            if (Files.exists(test.resolve(f))) {
                Files.copy(test.resolve(f), dir.resolve(f));
            }
        }
        for (String d : List.of("apps", "jdbc", "resources", "dropins", "configDropins")) {
            copyTree(test.resolve(d), dir.resolve(d));
        }
        List<String> props = new ArrayList<>();
        for (String line : Files.readAllLines(test.resolve("bootstrap.properties"), StandardCharsets.UTF_8)) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : "";
            if (!Set.of("default.http.port", "default.https.port", "zjcs.db.url", "zjcs.data.dir").contains(key)) {
                props.add(line);
            }
        }
        props.add("default.http.port=" + httpPort);
        props.add("default.https.port=" + httpsPort);
        props.add("zjcs.db.url=" + dbUrl());
        Files.write(dir.resolve("bootstrap.properties"), props, StandardCharsets.UTF_8);
    }

    /** bin/server start, then waits until /health/ready answers 200 (migrations and demo data applied). */
    public void start(long timeoutSeconds) throws Exception {
        // "server start" returns once the JVM is up (or gives up waiting with a non-zero status on a slow machine):
        // readiness decides
        run(List.of(wlp.resolve("bin/server").toString(), "start", NAME), wlp, timeoutSeconds, false);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        while (true) {
            try {
                int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/health/ready"))
                        .timeout(java.time.Duration.ofSeconds(10)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(NAME + " not ready within " + timeoutSeconds + " s; see " + dir.resolve("logs"));
            }
            Thread.sleep(500);
        }
    }

    /** The server JVM's pid, from Liberty's pid file. */
    public long pid() throws IOException {
        return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + NAME + ".pid")).trim());
    }

    /**
     * kill -9 (SIGKILL, sent directly: no helper process to start on a loaded machine) of the server's JVM; returns the
     * instant the signal was sent, once the process is gone.
     */
    public java.time.Instant killHard() throws Exception {
        long pid = pid();
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        java.time.Instant sent = java.time.Instant.now();
        if (!jvm.destroyForcibly()) {
            throw new IllegalStateException("SIGKILL to " + pid + " refused");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jvm.isAlive()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("server " + pid + " alive after kill -9");
            }
            Thread.sleep(10);
        }
        return sent;
    }

    public Path messagesLog() {
        return dir.resolve("logs/messages.log");
    }

    /** Stops the server (bin/server stop) and its database; leaves the logs in place. */
    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(dir.resolve("server.xml"))) {
                run(List.of(wlp.resolve("bin/server").toString(), "stop", NAME), wlp, 120);
            }
        } finally {
            if (database != null) {
                database.destroy();
                if (!database.waitFor(60, TimeUnit.SECONDS)) {
                    database.destroyForcibly();
                }
            }
        }
    }

    private void run(List<String> command, Path in, long timeoutSeconds) throws Exception {
        run(command, in, timeoutSeconds, true);
    }

    /** Runs a command, its output appended to {@code <work>/commands.log} (never a pipe a server could inherit). */
    private void run(List<String> command, Path in, long timeoutSeconds, boolean mustSucceed) throws Exception {
        Files.createDirectories(work);
        Path log = work.resolve("commands.log");
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish; see " + log);
        }
        if (mustSucceed && p.exitValue() != 0) {
            throw new IllegalStateException(command + " exited with " + p.exitValue() + "; see " + log);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
