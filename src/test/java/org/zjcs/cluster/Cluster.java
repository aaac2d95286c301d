package org.zjcs.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the running cluster of {@code scripts/cluster} is, for the checks of the {@code cluster} profile
 * (docs/scaling.md): the same port rules as the script (every port moved by {@code ZJCS_CLUSTER_PORT_OFFSET}).
 */
public final class Cluster {

    private Cluster() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("zjcs.cluster.dir", "target/cluster")).toAbsolutePath().normalize();
    }

    public static int offset() {
        return Integer.parseInt(System.getProperty("zjcs.cluster.port.offset", "0").trim());
    }

    /** The balancer, where users arrive. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + (9300 + offset());
    }

    /** One Liberty node directly (1, 2, …), bypassing the balancer. */
    public static String nodeUrl(int node) {
        return "http://127.0.0.1:" + (9300 + offset() + node);
    }

    /** HAProxy's statistics page (CSV with {@code ;csv}). */
    public static String statsUrl() {
        return "http://127.0.0.1:" + (9399 + offset()) + "/";
    }

    public static int dbPort(int galeraNode) {
        return 3400 + offset() + galeraNode;
    }

    /** A connection as the application's account to one Galera node (1, 2 or 3). */
    public static Connection db(int galeraNode) throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + dbPort(galeraNode) + "/zjcs?characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&connectTimeout=3000";
        return DriverManager.getConnection(url, "zjcs", dbPassword());
    }

    public static String dbPassword() {
        try {
            return Files.readString(dir().resolve("db-password"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no cluster at " + dir() + " (scripts/cluster up first): " + e, e);
        }
    }

    /** Runs {@code scripts/cluster <args>} on this cluster; returns its output, fails on a non-zero exit. */
    public static String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("zjcs.cluster.script", "scripts/cluster"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ZJCS_CLUSTER_DIR", dir().toString());
        builder.environment().put("ZJCS_CLUSTER_PORT_OFFSET", Integer.toString(offset()));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("scripts/cluster " + String.join(" ", args) + " did not end");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("scripts/cluster " + String.join(" ", args) + " failed ("
                    + process.exitValue() + "):\n" + text);
        }
        return text;
    }

    /** Where a check writes its figures and transcript. */
    public static Path out() throws IOException {
        Path out = Path.of(System.getProperty("zjcs.cluster.out", "target/cluster-checks"));
        Files.createDirectories(out);
        return out;
    }
}
