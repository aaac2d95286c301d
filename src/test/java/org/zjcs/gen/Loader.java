package org.zjcs.gen;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The bulk loader: the generator thread appends rows to per-table multi-row INSERT statements; a full statement (about
 * 1 MB) goes through a bounded queue to the loading thread, which runs it on its own connection (unique and foreign key
 * checks off for the session). Generation and loading overlap; the queue bounds the memory. Progress is printed on one
 * line (\r) with the table, rows, percent of the expected total, rows/s and ETA.
 */
final class Loader implements AutoCloseable {

    private static final int STATEMENT_BYTES = 1 << 20;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    /** One statement's worth of rows of a table: multi-row INSERT text, or tab-separated rows for LOAD DATA. */
    private record Batch(String table, String columns, String payload) {
    }

    private static final Batch STOP = new Batch("", "", "");
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
    private final boolean infile;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private volatile Throwable failure;
    private final long expectedRows;
    private final long started = System.nanoTime();
    private long rows;
    private long lastPrint;
    private String current = "";

    /**
     * @param connections the loading threads' connections, one each (session settings are made here)
     * @param infile      LOAD DATA LOCAL INFILE from memory (the server's local_infile must be on and the connections
     *                    opened with allowLoadLocalInfile) rather than multi-row INSERTs
     */
    Loader(List<Connection> connections, boolean infile, long expectedRows, PrintStream out) throws SQLException {
        this.infile = infile;
        this.expectedRows = Math.max(1, expectedRows);
        this.out = out;
        for (Connection connection : connections) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION unique_checks = 0");
                s.execute("SET SESSION foreign_key_checks = 0");
            }
            connection.setAutoCommit(true);
            Thread t = new Thread(() -> load(connection), "zjcs-gen-loader-" + threads.size());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** The writer of one table's rows, for the given columns. */
    Table table(String name, String columns) {
        return tables.computeIfAbsent(name, n -> new Table(n, columns));
    }

    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        tables.forEach((k, v) -> m.put(k, v.count));
        return m;
    }

    long rows() {
        return rows;
    }

    final class Table {
        private final String name;
        private final String columns;
        private final String head;
        private StringBuilder sb;
        private long count;

        private Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.head = "INSERT INTO " + name + " (" + columns + ") VALUES ";
        }

        void row(Object... values) {
            if (infile) {
                if (sb == null) {
                    sb = new StringBuilder(STATEMENT_BYTES + 8192);
                }
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        sb.append('\t');
                    }
                    field(sb, values[i]);
                }
                sb.append('\n');
            } else {
                if (sb == null) {
                    sb = new StringBuilder(STATEMENT_BYTES + 8192).append(head);
                } else {
                    sb.append(',');
                }
                sb.append('(');
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    literal(sb, values[i]);
                }
                sb.append(')');
            }
            count++;
            rows++;
            current = name;
            if (sb.length() >= STATEMENT_BYTES) {
                flush();
            }
            if ((rows & 1023) == 0) {
                progress(false);
            }
        }

        void flush() {
            if (sb != null) {
                put(new Batch(name, columns, sb.toString()));
                sb = null;
            }
        }
    }

    /** A value as a field of LOAD DATA's default format: tab-separated, backslash escapes, \N for NULL. */
    static void field(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof Number n) {
            sb.append(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
        } else if (v instanceof Boolean b) {
            sb.append(b ? '1' : '0');
        } else if (v instanceof Instant t) {
            sb.append(TS.format(t));
        } else if (v instanceof LocalDate d) {
            sb.append(d);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\0' -> sb.append("\\0");
                    default -> sb.append(c);
                }
            }
        }
    }

    static void literal(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("NULL");
        } else if (v instanceof Number n) {
            sb.append(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
        } else if (v instanceof Boolean b) {
            sb.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof Instant t) {
            sb.append('\'').append(TS.format(t)).append('\'');
        } else if (v instanceof LocalDate d) {
            sb.append('\'').append(d).append('\'');
        } else {
            String s = v.toString();
            sb.append('\'');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\'' -> sb.append("''");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\0' -> sb.append("\\0");
                    case '\u001a' -> sb.append("\\Z");
                    default -> sb.append(c);
                }
            }
            sb.append('\'');
        }
    }

    private void put(Batch batch) {
        check();
        try {
            while (!queue.offer(batch, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void check() {
        if (failure != null) {
            throw new IllegalStateException("Loading failed: " + failure.getMessage(), failure);
        }
    }

    private void load(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false);
            while (true) {
                Batch b = queue.take();
                if (b == STOP) {
                    return;
                }
                if (infile) {
                    s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(
                            new java.io.ByteArrayInputStream(b.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    s.execute("LOAD DATA LOCAL INFILE 'gen.tsv' INTO TABLE " + b.table() + " CHARACTER SET utf8mb4 ("
                            + b.columns() + ")");
                } else {
                    s.execute(b.payload());
                }
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    void progress(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastPrint < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        lastPrint = now;
        double secs = Math.max(0.001, (now - started) / 1e9);
        double rate = rows / secs;
        double pct = Math.min(100.0, 100.0 * rows / expectedRows);
        long eta = rate <= 0 ? 0 : (long) (Math.max(0, expectedRows - rows) / rate);
        int width = 30;
        int filled = (int) (pct / 100 * width);
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String line = String.format("[%s] %5.1f%% %,12d rows %,9.0f rows/s ETA %02d:%02d:%02d  %-28s", bar, pct, rows, rate,
                eta / 3600, eta / 60 % 60, eta % 60, last ? "done" : current);
        if (terminal) {
            out.print("\r" + line);
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Flushes every table and waits until the loading thread has run everything. */
    void finish() {
        for (Table t : tables.values()) {
            t.flush();
        }
        try {
            for (int i = 0; i < threads.size(); i++) {
                put(STOP);
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check();
        progress(true);
    }

    @Override
    public void close() {
        if (threads.stream().anyMatch(Thread::isAlive)) {
            failure = failure == null ? new IllegalStateException("closed") : failure;
            queue.clear();
            for (int i = 0; i < threads.size(); i++) {
                queue.offer(STOP);
            }
        }
    }
}
