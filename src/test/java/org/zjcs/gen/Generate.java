package org.zjcs.gen;

import com.mysql.cj.jdbc.MysqlDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingKey;
import org.zjcs.shared.db.Migrations;

/**
 * The data generator (issue 13): fills an EMPTY database, through the application's own Flyway schema, with realistic
 * generated data at a scale ({@code -Dzjcs.gen.scale=small|city|province}). README: {@code mvn -Pgen package
 * -Dzjcs.gen.scale=city}; docs/operations.md, "Data generator".
 *
 * <p>System properties: {@code zjcs.gen.db.url} (default the embedded database of the {@code gen} profile,
 * {@code jdbc:mysql://127.0.0.1:3327/zjcs}), {@code zjcs.gen.db.user} (root), {@code zjcs.gen.db.password} (empty),
 * {@code zjcs.gen.scale} (small), {@code zjcs.gen.seed} (20261204), {@code zjcs.gen.data.dir} (the application's
 * {@code zjcs.data.dir}: the sealing key and the files go there), {@code zjcs.gen.now} (an ISO instant: the reference
 * time; default now, truncated to the minute).
 *
 * <p>Deterministic: the same seed, scale and reference time give the same rows, except the sealed values (the firm, the
 * price and the receipt nonce of an enrolment, a notice's draw seed): {@link Sealer} draws a fresh random nonce for each
 * seal and takes no injected random, and the generator does not weaken it. Their plain values (nonces, seeds, prices) are
 * deterministic, so receipts, proofs and hashes are. Times are offsets from the reference time, so a run on another
 * day gives other dates: published notices always have their deadlines in the next weeks.
 *
 * <p>Safety: a database that holds organisations, accounts, firms or notices not written by a generator run is refused
 * (exit code 2, nothing written). Each run is recorded in {@code gen_run}; a finished run with the same seed and scale
 * makes a new run a no-op (exit 0), another seed or scale is refused (exit 2).
 */
public final class Generate {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3327/zjcs?characterEncoding=UTF-8"
            + "&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC";
    static final long DEFAULT_SEED = 20261204L;
    /** The tables whose rows tell that a database holds data; anything in them not made by a generator run is refused. */
    static final String[] GUARDED = {"organisation", "user_account", "firm", "owner_unit", "notice"};

    /** What a run is given. */
    record Config(String url, String user, String password, Scale scale, long seed, Path dataDir, Instant now) {

        static Config fromSystemProperties() {
            String dir = System.getProperty("zjcs.gen.data.dir");
            if (dir == null || dir.isBlank()) {
                throw new IllegalArgumentException("-Dzjcs.gen.data.dir is required (the application's zjcs.data.dir)");
            }
            String now = System.getProperty("zjcs.gen.now");
            return new Config(prop("zjcs.gen.db.url", DEFAULT_URL), prop("zjcs.gen.db.user", "root"),
                    prop("zjcs.gen.db.password", ""), Scale.of(prop("zjcs.gen.scale", "small")),
                    Long.parseLong(prop("zjcs.gen.seed", Long.toString(DEFAULT_SEED)).trim()), Path.of(dir),
                    now == null || now.isBlank() ? Instant.now().truncatedTo(ChronoUnit.MINUTES) : Instant.parse(now));
        }

        private static String prop(String name, String fallback) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    /** Refused: the message says what was found. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private Generate() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(Config.fromSystemProperties(), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("zjcs-gen: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /** Runs the generator: 0 done (or nothing to do), 2 refused, 1 failed. */
    public static int run(Config config, PrintStream out) {
        // Json.create… looks the provider up through ServiceLoader on every call unless named: the proofs call it often
        if (System.getProperty("jakarta.json.provider") == null) {
            System.setProperty("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
        }
        try {
            generate(config, out);
            return 0;
        } catch (Refused r) {
            out.println("zjcs-gen: REFUSED: " + r.getMessage());
            return 2;
        } catch (NothingToDo n) {
            out.println("zjcs-gen: " + n.getMessage());
            return 0;
        } catch (Exception e) {
            out.println("zjcs-gen: FAILED: " + e);
            e.printStackTrace(out);
            return 1;
        }
    }

    static final class NothingToDo extends Exception {
        NothingToDo(String message) {
            super(message);
        }
    }

    private static void generate(Config config, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            String database = scalar(c, "SELECT DATABASE()");
            boolean generated = tableExists(c, "gen_run");
            if (!generated) {
                refuseIfHoldsData(c, database);
            } else {
                checkRuns(c, database, config);
            }
            out.printf("zjcs-gen: scale %s (%,d firms, %,d notices, %,d owner units), seed %d, reference time %s, database %s%n",
                    config.scale().name(), config.scale().firms(), config.scale().notices(), config.scale().owners(),
                    config.seed(), config.now(), database);
            MysqlDataSource ds = new MysqlDataSource();
            ds.setUrl(config.url());
            ds.setUser(config.user());
            ds.setPassword(config.password());
            new Migrations(ds, Generate.class.getClassLoader()).migrateSchema();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS gen_run (id BIGINT NOT NULL AUTO_INCREMENT, seed BIGINT NOT NULL, "
                        + "scale VARCHAR(16) NOT NULL, reference_time DATETIME(6) NOT NULL, started_at DATETIME(6) NOT NULL, "
                        + "finished_at DATETIME(6) NULL, organisations BIGINT NULL, notices BIGINT NULL, counts TEXT NULL, "
                        + "PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            }
            long runId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gen_run (seed, scale, reference_time, started_at) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, config.seed());
                ps.setString(2, config.scale().name());
                ps.setTimestamp(3, ts(config.now()));
                ps.setTimestamp(4, ts(Instant.now()));
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    runId = rs.getLong(1);
                }
            }
            Files.createDirectories(config.dataDir());
            Sealer sealer = new Sealer(SealingKey.load(Optional.empty(), config.dataDir()));
            Map<String, Long> counts;
            boolean infile = !"insert".equals(System.getProperty("zjcs.gen.load"))
                    && "1".equals(scalar(c, "SELECT @@local_infile"));
            int threads = Integer.getInteger("zjcs.gen.load.threads", 2);
            out.printf("zjcs-gen: loading with %s on %d connections%n", infile ? "LOAD DATA LOCAL INFILE" : "multi-row INSERTs", threads);
            java.util.Properties props = new java.util.Properties();
            props.setProperty("user", config.user());
            props.setProperty("password", config.password());
            props.setProperty("allowLoadLocalInfile", "true");
            java.util.List<Connection> loading = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                loading.add(DriverManager.getConnection(config.url(), props));
            }
            try (Loader loader = new Loader(loading, infile, config.scale().expectedRows(), out)) {
                DataGenerator g = new DataGenerator(config, sealer, Reference.read(c), loader, out);
                g.generate();
                loader.finish();
                counts = loader.counts();
            } finally {
                for (Connection l : loading) {
                    l.close();
                }
            }
            StringBuilder json = new StringBuilder("{");
            counts.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            json.append('}');
            try (PreparedStatement ps = c.prepareStatement("UPDATE gen_run SET finished_at = ?, organisations = ?, "
                    + "notices = ?, counts = ? WHERE id = ?")) {
                ps.setTimestamp(1, ts(Instant.now()));
                ps.setLong(2, counts.getOrDefault("organisation", 0L));
                ps.setLong(3, counts.getOrDefault("notice", 0L));
                ps.setString(4, json.toString());
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long rows = counts.values().stream().mapToLong(Long::longValue).sum();
            out.printf("zjcs-gen: %,d rows in %.1f s (%,.0f rows/s)%n", rows, secs, rows / secs);
            counts.forEach((k, v) -> out.printf("  %-28s %,12d%n", k, v));
            // fresh statistics: for the query plans of a server started on the data, and for the size below
            long ta = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String t : counts.keySet()) {
                    s.execute("ANALYZE TABLE " + t);
                }
            }
            out.printf("zjcs-gen: ANALYZE TABLE of %d tables in %.1f s%n", counts.size(), (System.nanoTime() - ta) / 1e9);
            Long size = null;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT SUM(data_length + index_length) FROM "
                    + "information_schema.tables WHERE table_schema = DATABASE()")) {
                if (rs.next()) {
                    size = rs.getLong(1);
                }
            }
            out.printf("zjcs-gen: database size %,d MB (information_schema, may lag)%n", size == null ? 0 : size >> 20);
        }
    }

    private static void refuseIfHoldsData(Connection c, String database) throws SQLException, Refused {
        StringBuilder found = new StringBuilder();
        for (String t : GUARDED) {
            if (tableExists(c, t)) {
                long n = Long.parseLong(scalar(c, "SELECT COUNT(*) FROM " + t));
                if (n > 0) {
                    found.append(found.length() > 0 ? ", " : "").append(n).append(" rows in ").append(t);
                }
            }
        }
        if (found.length() > 0) {
            throw new Refused("the database '" + database + "' holds data not made by the generator (" + found
                    + "). Give the generator an empty database: a new directory (-Dzjcs.perf.dir=…), `mvn clean`, or a new "
                    + "database for -Dzjcs.gen.db.url.");
        }
    }

    private static void checkRuns(Connection c, String database, Config config) throws SQLException, Refused, NothingToDo {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seed, scale, finished_at, organisations, notices FROM gen_run ORDER BY id")) {
            while (rs.next()) {
                long seed = rs.getLong(1);
                String scale = rs.getString(2);
                boolean finished = rs.getTimestamp(3) != null;
                if (seed == config.seed() && scale.equals(config.scale().name()) && finished) {
                    long orgs = rs.getLong(4);
                    long notices = rs.getLong(5);
                    long nowOrgs = Long.parseLong(scalar(c, "SELECT COUNT(*) FROM organisation"));
                    long nowNotices = Long.parseLong(scalar(c, "SELECT COUNT(*) FROM notice"));
                    // rows added since by using the generated data (the performance suite's bid storm adds its own
                    // firms and notice) are no reason to refuse: the generated data is there, complete
                    String since = nowOrgs > orgs || nowNotices > notices
                            ? " (used since: " + (nowOrgs - orgs) + " organisations and " + (nowNotices - notices)
                            + " notices added after it)" : "";
                    throw new NothingToDo("the database '" + database + "' already holds a complete run with seed " + seed
                            + " and scale " + scale + since + ": nothing to do.");
                }
                throw new Refused("the database '" + database + "' holds " + (finished ? "a complete" : "an unfinished")
                        + " generator run with seed " + seed + " and scale " + scale + "; asked for seed " + config.seed()
                        + " and scale " + config.scale().name() + ". Use a new directory (-Dzjcs.perf.dir=…) or `mvn clean`.");
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Timestamp ts(Instant t) {
        return Timestamp.valueOf(t.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime());
    }

    static void writeString(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    static Map<String, Long> countsOf(Connection c, Iterable<String> tables) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : tables) {
            m.put(t, Long.parseLong(scalar(c, "SELECT COUNT(*) FROM " + t)));
        }
        return m;
    }
}
