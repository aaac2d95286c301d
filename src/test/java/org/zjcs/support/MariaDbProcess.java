package org.zjcs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A running mariadbd found by its port (Linux /proc), killed with SIGKILL and started again with the same command line,
 * environment and working directory: same data directory, same port (the fault tests, issue 14 item 7). A restarted
 * server is a child of the test JVM: it is stopped (SIGTERM, a clean shutdown) when that JVM exits, after the other
 * integration tests that still need it; the build's own stop goal then finds its original process gone and does nothing.
 */
public final class MariaDbProcess {

    private final long pid;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    private MariaDbProcess(long pid, List<String> command, Map<String, String> environment, Path workingDirectory) {
        this.pid = pid;
        this.command = command;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** The mariadbd (or mysqld) process listening on {@code --port=port}, read from /proc. */
    public static Optional<MariaDbProcess> onPort(int port) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                List<String> cmd;
                try {
                    cmd = split(Files.readAllBytes(p.resolve("cmdline")));
                } catch (IOException e) {
                    continue; // gone meanwhile
                }
                if (cmd.isEmpty() || !(cmd.get(0).endsWith("/mariadbd") || cmd.get(0).endsWith("/mysqld"))
                        || !cmd.contains("--port=" + port)) {
                    continue;
                }
                Map<String, String> env = new LinkedHashMap<>();
                for (String kv : split(Files.readAllBytes(p.resolve("environ")))) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        env.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
                return Optional.of(new MariaDbProcess(Long.parseLong(p.getFileName().toString()), cmd, env,
                        p.resolve("cwd").toRealPath()));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nulSeparated.length; i++) {
            if (nulSeparated[i] == 0) {
                out.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < nulSeparated.length) {
            out.add(new String(nulSeparated, start, nulSeparated.length - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    public long pid() {
        return pid;
    }

    /** The process's command line. */
    public List<String> command() {
        return List.copyOf(command);
    }

    /** The value of a {@code --name=value} option of the command line. */
    public String option(String name) {
        return command.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in " + command));
    }

    /** kill -9: no shutdown, no flush beyond what InnoDB already made durable. Waits until the process is gone. */
    public void killHard() throws Exception {
        ProcessHandle db = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        if (!db.destroyForcibly()) { // SIGKILL
            throw new IllegalStateException("SIGKILL to " + pid + " refused");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("mariadbd " + pid + " still alive after kill -9");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Starts the same command again (InnoDB crash recovery runs) and waits until {@code jdbcUrl} answers. The server's
     * console goes to {@code log}.
     */
    public Process restart(String jdbcUrl, Path log, long timeoutSeconds) throws Exception {
        return start(command, jdbcUrl, log, timeoutSeconds);
    }

    /**
     * Starts another command (e.g. this one on another port and data directory) with this process's environment and
     * working directory, stopped when the test JVM exits; waits until {@code jdbcUrl} answers.
     */
    public Process start(List<String> command, String jdbcUrl, Path log, long timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "stop restarted mariadbd"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the restarted mariadbd exited with " + p.exitValue() + "; see " + log);
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
                return p;
            } catch (SQLException e) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the restarted mariadbd does not answer within " + timeoutSeconds + " s", e);
                }
                Thread.sleep(200);
            }
        }
    }
}
