package org.zjcs.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop HTTP/1.1 load client, in the manner of {@code wrk -c N}: N connections kept alive, each sending its next
 * GET as soon as the previous answer has been read, for a fixed time. Every measured request's latency is kept, so the
 * percentiles are exact. Lean on purpose (a raw socket, no client library), because the client shares the machine's two
 * cores with the server and the database: the baseline endpoint is measured by the same client in the same run, so
 * what the client itself costs weighs on every figure alike.
 *
 * <p>Bounded by design: it talks only to the server it is given (the suite passes the local test server, the cluster's
 * throughput check its own balancer), runs for the time it is given and stops by itself.
 */
public final class Load {

    /** What one measurement gave. */
    public record Result(String name, String path, int connections, double seconds, long requests, long errors, long bytes,
                  long[] sortedMicros, String firstError) {

        public double perSecond() {
            return requests / seconds;
        }

        public double percentileMillis(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
            return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, i))] / 1000.0;
        }

        public long meanBytes() {
            return requests == 0 ? 0 : bytes / requests;
        }
    }

    private final URI base;

    public Load(URI base) {
        this.base = base;
    }

    /**
     * Sends GETs of {@code path} on {@code connections} connections: first {@code warmupSeconds} unmeasured, then
     * {@code seconds} measured. A status other than 200 counts as an error (the first one is kept for the report).
     */
    public Result run(String name, String path, String cookie, int connections, double warmupSeconds, double seconds)
            throws InterruptedException {
        return run(name, List.of(path), cookie, connections, warmupSeconds, seconds);
    }

    /**
     * As {@link #run(String, String, String, int, double, double)}, each connection going round {@code paths} in turn
     * (connection i starts at path i), so that a row can mix several queries.
     */
    public Result run(String name, List<String> paths, String cookie, int connections, double warmupSeconds, double seconds)
            throws InterruptedException {
        String path = paths.size() == 1 ? paths.get(0) : paths.size() + " addresses, e.g. " + paths.get(0);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        Worker[] workers = new Worker[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(paths, cookie, i, measuring, stop, done);
            Thread t = new Thread(workers[i], "load-" + name + "-" + i);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        long t0 = System.nanoTime();
        measuring.set(true);
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        done.await();
        long requests = 0;
        long errors = 0;
        long bytes = 0;
        String firstError = null;
        int total = 0;
        for (Worker w : workers) {
            requests += w.count;
            errors += w.errors;
            bytes += w.bytes;
            total += w.count;
            if (firstError == null) {
                firstError = w.firstError;
            }
        }
        long[] all = new long[total];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.micros, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new Result(name, path, connections, elapsed, requests, errors, bytes, all, firstError);
    }

    private byte[] request(String path, String cookie) {
        StringBuilder r = new StringBuilder();
        r.append("GET ").append(path).append(" HTTP/1.1\r\n");
        r.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        r.append("User-Agent: zjcs-perf\r\n");
        r.append("Accept: text/html,application/json\r\n");
        if (cookie != null) {
            r.append("Cookie: ").append(cookie).append("\r\n");
        }
        r.append("\r\n");
        return r.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * One connection: request, read the whole answer, repeat; reconnects when the server closes. A {@code {n}} in the
     * path becomes a number new for each request (so that no two requests ask for the same address).
     */
    private final class Worker implements Runnable {

        private final List<String> paths;
        private final String cookie;
        private final int index;
        private final byte[][] fixed;
        private long sent;
        private final AtomicBoolean measuring;
        private final AtomicBoolean stop;
        private final CountDownLatch done;
        long[] micros = new long[1 << 14];
        int count;
        long errors;
        long bytes;
        String firstError;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Worker(List<String> paths, String cookie, int index, AtomicBoolean measuring, AtomicBoolean stop,
               CountDownLatch done) {
            this.paths = paths;
            this.cookie = cookie;
            this.index = index;
            this.fixed = new byte[paths.size()][];
            for (int i = 0; i < paths.size(); i++) {
                fixed[i] = paths.get(i).contains("{n}") ? null : request(paths.get(i), cookie);
            }
            this.measuring = measuring;
            this.stop = stop;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (!stop.get()) {
                    boolean measured = measuring.get();
                    long t0 = System.nanoTime();
                    Answer a;
                    try {
                        a = exchange();
                    } catch (IOException e) {
                        close();
                        a = new Answer(-1, 0, true, e.toString());
                    }
                    long us = (System.nanoTime() - t0) / 1000;
                    if (measured && measuring.get()) {
                        record(us);
                        bytes += a.bytes;
                        if (a.status != 200) {
                            errors++;
                            if (firstError == null) {
                                firstError = a.status + " " + a.note;
                            }
                        }
                    }
                    if (a.close) {
                        close();
                    }
                }
            } finally {
                close();
                done.countDown();
            }
        }

        private void record(long us) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = us;
        }

        private Answer exchange() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            int which = (int) ((index + sent) % paths.size());
            out.write(fixed[which] != null ? fixed[which]
                    : request(paths.get(which).replace("{n}", index + "-" + sent), cookie));
            sent++;
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("connection closed by the server");
            }
            int code = Integer.parseInt(status.split(" ", 3)[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            String location = "";
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String k = h.substring(0, colon).trim().toLowerCase();
                String v = h.substring(colon + 1).trim();
                switch (k) {
                    case "content-length" -> length = Long.parseLong(v);
                    case "transfer-encoding" -> chunked = v.toLowerCase().contains("chunked");
                    case "connection" -> close = v.equalsIgnoreCase("close");
                    case "location" -> location = v;
                    default -> {
                    }
                }
            }
            long body;
            if (chunked) {
                body = 0;
                while (true) {
                    String size = line();
                    if (size == null) {
                        throw new IOException("chunked body cut short");
                    }
                    int semi = size.indexOf(';');
                    long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        for (String t = line(); t != null && !t.isEmpty(); t = line()) {
                            // trailers
                        }
                        break;
                    }
                    skip(n);
                    body += n;
                    line();
                }
            } else if (length >= 0) {
                skip(length);
                body = length;
            } else {
                body = 0;
                while (in.read() >= 0) {
                    body++;
                }
                close = true;
            }
            return new Answer(code, body, close, location);
        }

        private void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long s = in.skip(left);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("body cut short");
                    }
                    s = 1;
                }
                left -= s;
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int len = b.length();
                    if (len > 0 && b.charAt(len - 1) == '\r') {
                        b.setLength(len - 1);
                    }
                    return b.toString();
                }
                b.append((char) c);
            }
            return b.length() == 0 ? null : b.toString();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }
    }

    private record Answer(int status, long bytes, boolean close, String note) {
    }

    /** The results as a fixed-width table with the ratio of each row's req/s to the first (the baseline). */
    /**
     * Ends a bench's report with the address of each row, prints it, writes it to {@code target/perf/<name>.txt} and
     * {@code <name>-<UTC time>.txt} ({@code zjcs.perf.out}), then fails when a row had an answer other than 200.
     */
    static void report(String name, List<String> lines, List<Result> results) throws IOException {
        for (Result r : results) {
            lines.add(String.format("%-34s %s%s", r.name(), r.path(),
                    r.firstError() == null ? "" : "   first error: " + r.firstError()));
        }
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println();
        System.out.print(text);
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("zjcs.perf.out", "target/perf"));
        java.nio.file.Files.createDirectories(dir);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
        java.nio.file.Files.writeString(dir.resolve(name + "-" + stamp + ".txt"), text, StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        for (Result r : results) {
            org.junit.jupiter.api.Assertions.assertEquals(0, r.errors(),
                    r.name() + " answered 200 every time (first error: " + r.firstError() + ")");
        }
    }

    public static List<String> table(List<Result> results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %10s %9s %9s %9s %9s %8s %8s", "request", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "baseline", "errors", "bytes"));
        double base = results.isEmpty() ? 1 : results.get(0).perSecond();
        for (Result r : results) {
            lines.add(String.format("%-34s %10.0f %9.1f %9.1f %9.1f %8.1f%% %8d %8d", r.name(), r.perSecond(),
                    r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99), 100 * r.perSecond() / base,
                    r.errors(), r.meanBytes()));
        }
        return lines;
    }
}
