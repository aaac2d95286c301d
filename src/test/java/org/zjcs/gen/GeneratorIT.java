package org.zjcs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zjcs.procurement.domain.InvestmentProjectCode;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.Passwords;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingKey;

/**
 * The generator at scale {@code small} against the test run's MariaDB, in databases of its own: the counts the scale
 * promises, every notice state, valid codes, real proofs, sealed enrolments that open with the data directory's key,
 * accounts that log in with the documented password, the same rows for the same seed, a second run that does nothing,
 * and a refusal (nothing written) on the test database, which holds the demo data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratorIT {

    static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static final String DB_A = "zjcs_gen_" + SUFFIX + "a";
    static final String DB_B = "zjcs_gen_" + SUFFIX + "b";

    static String serverUrl;
    static Path dataDir;

    @BeforeAll
    static void databases() throws Exception {
        serverUrl = System.getProperty("zjcs.it.db.url");
        dataDir = Files.createTempDirectory("zjcs-gen-it");
        try (Connection c = DriverManager.getConnection(serverUrl, "root", ""); Statement s = c.createStatement()) {
            for (String db : new String[] {DB_A, DB_B}) {
                s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        try (Connection c = DriverManager.getConnection(serverUrl, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_A);
            s.execute("DROP DATABASE IF EXISTS " + DB_B);
        }
    }

    static String url(String db) {
        return serverUrl.replaceFirst("/zjcs\\?", "/" + db + "?");
    }

    static Generate.Config config(String db, long seed) {
        return new Generate.Config(url(db), "root", "", Scale.SMALL, seed, dataDir.resolve(db), NOW);
    }

    record Run(int code, String output) {
    }

    static Run run(Generate.Config config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Generate.run(config, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    @Order(1)
    void smallScaleHasWhatItPromises() throws Exception {
        Run run = run(config(DB_A, Generate.DEFAULT_SEED));
        assertEquals(0, run.code(), run.output());
        try (Connection c = DriverManager.getConnection(url(DB_A), "root", "")) {
            assertEquals(300, count(c, "SELECT COUNT(*) FROM firm"));
            assertEquals(3_000, count(c, "SELECT COUNT(*) FROM notice"));
            assertEquals(300, count(c, "SELECT COUNT(*) FROM owner_unit"));
            assertEquals(3_000, count(c, "SELECT COUNT(*) FROM approval_case"));
            assertEquals(10, count(c, "SELECT COUNT(*) FROM organisation WHERE kind = 'DEPARTMENT'"));
            long submissions = count(c, "SELECT COUNT(*) FROM enrolment_submission");
            assertTrue(submissions >= 25_000 && submissions <= 40_000, "about 30,000 submissions: " + submissions);
            assertTrue(count(c, "SELECT COUNT(*) FROM enrolment") > 15_000);
            for (String table : new String[] {"firm_qualification", "announcement", "selection_result", "contract_version",
                "deliverable", "deliverable_file", "deliverable_check", "evaluation", "approval_rating", "credit_event",
                "firm_credit", "credit_list_entry", "objection", "user_account"}) {
                assertTrue(count(c, "SELECT COUNT(*) FROM " + table) > 0, table + " has rows");
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM selection_result r JOIN notice n ON n.id = r.notice_id"
                    + " WHERE NOT (r.service_item_id <=> n.service_item_id) OR NOT (r.province_code <=> n.province_code)"),
                    "every result carries its notice's service item and province (V59, the public list's filters)");
            // every state of a notice occurs
            Set<NoticeStatus> seen = EnumSet.noneOf(NoticeStatus.class);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT status FROM notice")) {
                while (rs.next()) {
                    seen.add(NoticeStatus.valueOf(rs.getString(1)));
                }
            }
            assertEquals(EnumSet.allOf(NoticeStatus.class), seen);
            // published notices are open: deadlines after the reference time
            assertTrue(count(c, "SELECT COUNT(*) FROM notice WHERE status = 'PUBLISHED' AND enrolment_deadline <= '"
                    + NOW.toString().replace("T", " ").replace("Z", "") + "'") == 0);
            // codes
            int year = NOW.atOffset(ZoneOffset.UTC).getYear();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT credit_code FROM organisation WHERE credit_code IS NOT NULL")) {
                int n = 0;
                while (rs.next()) {
                    assertTrue(CreditCode.isValid(rs.getString(1)), rs.getString(1));
                    n++;
                }
                assertEquals(610, n);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT project_code FROM approval_case")) {
                while (rs.next()) {
                    InvestmentProjectCode.parse(rs.getString(1), year);
                }
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM approval_case a LEFT JOIN region r "
                    + "ON r.code = SUBSTRING(a.project_code, 6, 6) WHERE r.code IS NULL"));
            // the proofs verify with the project's own verifier
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT proof FROM selection_result ORDER BY id LIMIT 200")) {
                while (rs.next()) {
                    assertTrue(ProofVerifier.verify(Proof.parse(rs.getString(1))).verified());
                }
            }
            // a sealed enrolment opens with the data directory's key and names a firm whose tag it carries
            Sealer sealer = new Sealer(SealingKey.load(Optional.empty(), dataDir.resolve(DB_A)));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT e.notice_id, e.firm_tag, "
                    + "e.firm_sealed, e.firm_id FROM enrolment e JOIN notice n ON n.id = e.notice_id "
                    + "WHERE n.status = 'PUBLISHED' ORDER BY e.id LIMIT 20")) {
                int n = 0;
                while (rs.next()) {
                    long notice = rs.getLong(1);
                    long firm = Long.parseLong(sealer.open(EnrolmentService.firmContext(notice, rs.getString(2)), rs.getString(3)));
                    assertEquals(EnrolmentService.tag(sealer, notice, firm), rs.getString(2));
                    assertEquals(0, rs.getLong(4), "not opened before the deadline");
                    n++;
                }
                assertTrue(n > 0);
            }
            // the documented accounts log in with the documented password
            for (String user : new String[] {"gf000001", "go000300", "gd000010", "gen-operator", "gen-regulator"}) {
                String hash = text(c, "SELECT password_hash FROM user_account WHERE username = '" + user + "'");
                assertTrue(Passwords.matches(DataGenerator.PASSWORD, hash), user);
            }
            // the credit cache agrees with the events
            assertEquals(0, count(c, "SELECT COUNT(*) FROM firm_credit f JOIN (SELECT firm_id, SUM(points) p, COUNT(*) n "
                    + "FROM credit_event GROUP BY firm_id) e ON e.firm_id = f.firm_id WHERE e.p <> f.points_total OR e.n <> f.events"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM gen_run WHERE finished_at IS NOT NULL"));
        }
    }

    @Test
    @Order(2)
    void aSecondRunWithTheSameSeedAndScaleDoesNothing() throws Exception {
        Map<String, Long> before = counts(DB_A);
        Run run = run(config(DB_A, Generate.DEFAULT_SEED));
        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains("nothing to do"), run.output());
        assertEquals(before, counts(DB_A));
    }

    @Test
    @Order(3)
    void anotherSeedOnAGeneratedDatabaseIsRefused() throws Exception {
        Map<String, Long> before = counts(DB_A);
        Run run = run(config(DB_A, 7L));
        assertEquals(2, run.code(), run.output());
        assertTrue(run.output().contains("seed 20261204") && run.output().contains("mvn clean"), run.output());
        assertEquals(before, counts(DB_A));
    }

    @Test
    @Order(4)
    void theSameSeedGivesTheSameRows() throws Exception {
        assertEquals(0, run(config(DB_B, Generate.DEFAULT_SEED)).code());
        String[] queries = {
            "SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', id, title, status, selection_method, enrolment_deadline, draw_commitment, "
                    + "service_content, project_scale) ORDER BY id SEPARATOR '\\n')) FROM notice",
            "SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', id, enrolment_id, kind, submitted_at, receipt_hash) ORDER BY id "
                    + "SEPARATOR '\\n')) FROM enrolment_submission",
            "SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', id, name, credit_code) ORDER BY id SEPARATOR '\\n')) FROM organisation",
            "SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', id, notice_id, proof_hash, winner_firm_id) ORDER BY id SEPARATOR '\\n')) "
                    + "FROM selection_result",
            "SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', id, content_hash) ORDER BY id SEPARATOR '\\n')) FROM announcement"};
        for (String q : queries) {
            assertEquals(digest(DB_A, q), digest(DB_B, q), q);
        }
    }

    @Test
    @Order(5)
    void theTestDatabaseWithItsDemoDataIsRefusedAndLeftAlone() throws Exception {
        Map<String, Long> before = counts("zjcs");
        Run run = run(config("zjcs", Generate.DEFAULT_SEED));
        assertEquals(2, run.code(), run.output());
        assertTrue(run.output().contains("holds data not made by the generator") && run.output().contains("rows in organisation"),
                run.output());
        assertEquals(before, counts("zjcs"));
        try (Connection c = DriverManager.getConnection(url("zjcs"), "root", "")) {
            assertFalse(Generate.tableExists(c, "gen_run"));
        }
    }

    static String digest(String db, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(db), "root", ""); Statement s = c.createStatement()) {
            s.execute("SET SESSION group_concat_max_len = 1073741824");
            try (ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Map<String, Long> counts(String db) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url(db), "root", "")) {
            for (String t : new String[] {"organisation", "user_account", "notice", "enrolment", "announcement", "stored_file"}) {
                m.put(t, count(c, "SELECT COUNT(*) FROM " + t));
            }
        }
        return m;
    }
}
