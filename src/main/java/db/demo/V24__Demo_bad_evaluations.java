package db.demo;

import db.demo.V12__Demo_finished_chain.Bid;
import db.demo.V12__Demo_finished_chain.Run;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.domain.QualificationScore;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingKey;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.FileStore;

/**
 * Demo data (demo mode only, issue 17): three finished chains of owner01's unit that ended in a 差评 (8016 不满意 without
 * appeal, 8017 非常不满意 appealed and waiting for the regulator, 8018 不满意 appealed, upheld and followed up). The rows
 * of {@code db/demo/demo-bad-evaluations.sql.txt} (notices, cases, contracts, deliverables, checks, ratings,
 * evaluations, appeals, the follow-up, credit events), then what needs the application's code, exactly as
 * {@link V12__Demo_finished_chain} does for V11: the contract and deliverable files written as small PDFs, the draw
 * commitments, the firms' sealed enrolments (opened at the deadline), round 1 selected with the application's own rules
 * and its proof (the winner must be the firm the contract rows name: checked) and the RESULT and AWARD announcements.
 * A Java migration because the sealed values need the installation's key; the text stays in the SQL file.
 */
public class V24__Demo_bad_evaluations extends BaseJavaMigration {

    static final List<Bid> BIDS = List.of(
            new Bid(8016, 1001, "41800.00", "2026-10-20T02:12:40Z"),
            new Bid(8016, 1007, "38600.00", "2026-10-21T06:25:13Z"),
            new Bid(8016, 1008, "43500.00", "2026-10-22T03:07:55Z"),
            new Bid(8017, 1001, "44600.00", "2026-10-23T02:40:11Z"),
            new Bid(8017, 1006, "42900.00", "2026-10-26T07:18:36Z"),
            new Bid(8017, 1008, "39800.00", "2026-10-27T03:55:02Z"),
            new Bid(8018, 1001, "47200.00", "2026-10-21T03:30:18Z"),
            new Bid(8018, 1006, "52300.00", "2026-10-22T08:02:47Z"),
            new Bid(8018, 1007, "49900.00", "2026-10-23T02:14:09Z"));

    static final List<Run> RUNS = List.of(
            new Run(8016, "2026-10-26T09:00:02Z", "system", null, "2026-10-29T09:00:02Z", "2026-10-29T09:00:04Z"),
            new Run(8017, "2026-10-29T09:00:02Z", "system", null, "2026-11-03T09:00:02Z", "2026-11-03T09:00:04Z"),
            new Run(8018, "2026-10-27T09:00:02Z", "system", null, "2026-10-30T09:00:02Z", "2026-10-30T09:00:04Z"));

    @Override
    public void migrate(Context context) throws Exception {
        Optional<String> dir = ConfigProvider.getConfig().getOptionalValue("zjcs.data.dir", String.class);
        Optional<String> key = ConfigProvider.getConfig().getOptionalValue("zjcs.sealing.key", String.class);
        Sealer sealer = new Sealer(SealingKey.load(key, FileStorageService.rootFrom(dir)));
        Connection c = context.getConnection();
        runSql(c, "/db/demo/demo-bad-evaluations.sql.txt");
        writeFiles(c, new FileStore(FileStorageService.rootFrom(dir)));
        for (Run r : RUNS) {
            select(c, sealer, r);
        }
    }

    /** The statements of a SQL resource (each ends with a semicolon at the end of a line; "--" lines skipped). */
    static void runSql(Connection c, String resource) throws Exception {
        StringBuilder statement = new StringBuilder();
        try (InputStream sql = V24__Demo_bad_evaluations.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8));
             Statement s = c.createStatement()) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = statement.toString().strip();
                    s.execute(text.substring(0, text.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }

    private static BigDecimal price(Bid b) {
        return b.price() == null ? null : new BigDecimal(b.price());
    }

    static SelectionInput input(long notice, SelectionMethod method, int minBidders, Long directPick,
                                java.util.function.LongFunction<String> names) {
        List<Entry> entries = new ArrayList<>();
        for (Bid b : BIDS) {
            if (b.notice() == notice) {
                entries.add(new Entry(b.firm(), names.apply(b.firm()), V12__Demo_finished_chain.receipt(b), price(b),
                        BigDecimal.valueOf(100), QualificationScore.of(RequirementMode.ALL_OF, List.of(), List.of())));
            }
        }
        return new SelectionInput(notice, method, minBidders, SelectionInput.DEFAULT_COEFFICIENTS, null, directPick, entries);
    }

    private static void select(Connection c, Sealer sealer, Run run) throws Exception {
        long id = run.notice();
        byte[] seed = V12__Demo_finished_chain.seed(id);
        String commitment = DrawStream.commitment(seed);
        SelectionMethod method;
        int minBidders;
        BigDecimal fixedPrice;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT selection_method, min_bidders, fixed_price FROM notice WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                method = SelectionMethod.valueOf(rs.getString(1));
                minBidders = rs.getInt(2);
                fixedPrice = rs.getBigDecimal(3);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE notice SET draw_commitment = ?, draw_seed_sealed = ? WHERE id = ?")) {
            ps.setString(1, commitment);
            ps.setString(2, sealer.seal(DrawCommitment.seedContext(id), HexFormat.of().formatHex(seed)));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        String publication;
        long publicationId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, content FROM announcement WHERE notice_id = ? AND kind = 'PUBLICATION'")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                publicationId = rs.getLong(1);
                String content = rs.getString(2);
                publication = content.substring(0, content.length() - 1) + ",\"drawCommitment\":\"" + commitment + "\"}";
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE announcement SET content = ?, content_hash = ? WHERE id = ?")) {
            ps.setString(1, publication);
            ps.setString(2, Sha256.hex(publication));
            ps.setLong(3, publicationId);
            ps.executeUpdate();
        }
        for (Bid b : BIDS) {
            if (b.notice() == id) {
                enrol(c, sealer, b);
            }
        }
        SelectionInput input = input(id, method, minBidders, run.directPick(), firm -> name(c, firm));
        Outcome outcome = SelectionRules.select(input, seed);
        long expected = contractWinner(c, id);
        if (!outcome.isSelected() || outcome.winner().firmId() != expected) {
            throw new IllegalStateException("Demo notice " + id + ": the selection gives " + outcome.status() + " "
                    + (outcome.winner() == null ? "" : outcome.winner().firmId()) + ", the contract names firm " + expected);
        }
        String proof = Proof.of(input, seed, outcome).toJson();
        String proofHash = Sha256.hex(proof);
        Entry winner = outcome.winner();
        BigDecimal amount = winner.price() != null ? winner.price() : fixedPrice;
        Instant at = Instant.parse(run.selectedAt());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO selection_result (notice_id, round, status, method, "
                + "failure_reason, winner_firm_id, amount, seed_hex, proof, proof_hash, selected_at, selected_by) "
                + "VALUES (?, 1, 'SELECTED', ?, NULL, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, method.name());
            ps.setLong(3, winner.firmId());
            ps.setBigDecimal(4, amount);
            ps.setString(5, HexFormat.of().formatHex(seed));
            ps.setString(6, proof);
            ps.setString(7, proofHash);
            ps.setTimestamp(8, utc(at));
            ps.setString(9, run.selectedBy());
            ps.executeUpdate();
        }
        // the notice's service item and province, copied as the selection context does (V59, the public list's filters)
        try (PreparedStatement ps = c.prepareStatement("UPDATE selection_result r JOIN notice n ON n.id = r.notice_id"
                + " SET r.service_item_id = n.service_item_id, r.province_code = n.province_code WHERE r.notice_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        JsonObject result = Json.createObjectBuilder().add("round", 1).add("method", method.name()).add("status", "SELECTED")
                .add("eligible", input.entries().size()).add("excluded", 0).add("proofHash", proofHash)
                .add("winner", winner.firmId()).add("winnerName", winner.firmName()).add("amount", amount.toPlainString())
                .add("publicityEndsAt", Instant.parse(run.publicityEnds()).toString()).build();
        announce(c, id, publication, "RESULT", at, run.selectedBy(), result);
        JsonObject award = Json.createObjectBuilder().add("round", 1).add("winner", winner.firmId())
                .add("amount", amount.toPlainString()).build();
        announce(c, id, publication, "AWARD", Instant.parse(run.awardAt()), "system", award);
    }

    private static void announce(Connection c, long notice, String publication, String kind, Instant at, String by,
                                 JsonObject outcome) throws Exception {
        JsonObject snapshot;
        try (JsonReader r = Json.createReader(new StringReader(publication))) {
            snapshot = r.readObject();
        }
        JsonObjectBuilder b = Json.createObjectBuilder(snapshot).add("announcement", kind).add("at", at.toString())
                .add("outcome", outcome);
        String content = b.build().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO announcement (notice_id, kind, published_at, published_by, "
                + "reason, changes, content, content_hash) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            ps.setLong(1, notice);
            ps.setString(2, kind);
            ps.setTimestamp(3, utc(at));
            ps.setString(4, by);
            ps.setString(5, content);
            ps.setString(6, Sha256.hex(content));
            ps.executeUpdate();
        }
    }

    private static void enrol(Connection c, Sealer sealer, Bid b) throws Exception {
        Instant at = Instant.parse(b.at());
        BigDecimal price = price(b);
        String nonce = V12__Demo_finished_chain.nonce(b.notice(), b.firm());
        String tag = EnrolmentService.tag(sealer, b.notice(), b.firm());
        String receipt = V12__Demo_finished_chain.receipt(b);
        long enrolment;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment (notice_id, firm_tag, firm_sealed, status, "
                + "price_sealed, receipt_hash, submitted_at, nonce_sealed, submissions, firm_id, opened_price) "
                + "VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, b.notice());
            ps.setString(2, tag);
            ps.setString(3, sealer.seal(EnrolmentService.firmContext(b.notice(), tag), Long.toString(b.firm())));
            ps.setString(4, price == null ? null : sealer.seal(EnrolmentService.priceContext(b.notice(), tag), price.toPlainString()));
            ps.setString(5, receipt);
            ps.setTimestamp(6, utc(at));
            ps.setString(7, sealer.seal(EnrolmentService.nonceContext(b.notice(), tag), nonce));
            ps.setLong(8, b.firm());
            ps.setBigDecimal(9, price);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                enrolment = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment_submission (enrolment_id, kind, submitted_at, "
                + "receipt_hash) VALUES (?, 'ENROL', ?, ?)")) {
            ps.setLong(1, enrolment);
            ps.setTimestamp(2, utc(at));
            ps.setString(3, receipt);
            ps.executeUpdate();
        }
    }

    private static long contractWinner(Connection c, long notice) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT winner_firm_id FROM contract_version WHERE notice_id = ? "
                + "ORDER BY revision")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Demo notice " + notice + " has no contract");
                }
                return rs.getLong(1);
            }
        }
    }

    private static String name(Connection c, long organisation) {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM organisation WHERE id = ?")) {
            ps.setLong(1, organisation);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files listed with a {@code demo-pending/} storage key: written as small one-page PDFs, their rows completed. */
    private static void writeFiles(Connection c, FileStore store) throws Exception {
        List<Object[]> pending = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, purpose, uploaded_at FROM stored_file "
                     + "WHERE storage_key LIKE 'demo-pending/%' ORDER BY id")) {
            while (rs.next()) {
                pending.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()});
            }
        }
        for (Object[] p : pending) {
            long id = (Long) p[0];
            Instant at = ((LocalDateTime) p[2]).toInstant(ZoneOffset.UTC);
            byte[] pdf = V12__Demo_finished_chain.pdf("ZJCS demo " + ((String) p[1]).toLowerCase() + " file " + id,
                    "Uploaded " + at);
            FileStore.Written w = store.write(new ByteArrayInputStream(pdf), 1 << 20, at);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE stored_file SET storage_key = ?, sha256 = ?, size_bytes = ?, content_type = ? WHERE id = ?")) {
                ps.setString(1, w.storageKey());
                ps.setString(2, w.sha256());
                ps.setLong(3, w.size());
                ps.setString(4, w.type().contentType());
                ps.setLong(5, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE deliverable_file SET sha256 = ? WHERE file_id = ?")) {
                ps.setString(1, w.sha256());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
