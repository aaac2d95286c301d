package db.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
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
import java.util.Arrays;
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
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
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
 * Demo data (demo mode only): the selection history of the finished-chain notices of V11 (8012 COMPLETED, 8013
 * DELIVERED, 8014 CONTRACTED, 8015 AWARDED), written the way the application writes it:
 * <ul>
 * <li>the draw seed committed at publication (commitment on the notice and in the PUBLICATION announcement, re-hashed,
 * as V10 does), sealed with the installation's key;</li>
 * <li>the firms' sealed enrolments with their receipts, opened at the deadline (firm and price in clear);</li>
 * <li>round 1 selected with the application's own rules ({@link SelectionRules#select}) and its proof
 * ({@link Proof#toJson()}, SHA-256), exactly as {@code SelectionRun.run} stores it, so {@code /verify.xhtml} and
 * the command-line verifier accept it; the winner must be the one V11's contract rows name (checked);</li>
 * <li>the RESULT and AWARD announcements: the notice's canonical JSON at the time with the outcome, hashed;</li>
 * <li>the contract and deliverable files V11 lists with a {@code demo-pending/} storage key, written as small real PDFs
 * to file storage with their SHA-256 (on the stored file and the deliverable file rows).</li>
 * </ul>
 * Unlike live notices, the seeds and receipt nonces of these past selections are derived from the notice id, so the
 * demo always shows the same winners (the README names them); they are published in the proofs anyway.
 */
public class V12__Demo_finished_chain extends BaseJavaMigration {

    /** An enrolment: notice, firm, price (null: no price), submitted at (UTC). */
    record Bid(long notice, long firm, String price, String at) {
    }

    /**
     * A selection: the notice, when it ran and by whom, the firm named by a direct pick, the end of the publicity period
     * and the time of the AWARD announcement.
     */
    record Run(long notice, String selectedAt, String selectedBy, Long directPick, String publicityEnds, String awardAt) {
    }

    static final List<Bid> BIDS = List.of(
            new Bid(8012, 1001, null, "2026-10-14T03:10:22Z"),
            new Bid(8012, 1006, null, "2026-10-15T06:40:05Z"),
            new Bid(8012, 1007, null, "2026-10-16T02:22:41Z"),
            new Bid(8012, 1008, null, "2026-10-19T08:15:37Z"),
            new Bid(8013, 1001, "52800.00", "2026-10-20T02:35:10Z"),
            new Bid(8013, 1006, "48600.00", "2026-10-21T07:02:44Z"),
            new Bid(8013, 1008, "47900.00", "2026-10-23T03:48:19Z"),
            new Bid(8014, 1001, null, "2026-11-03T02:16:30Z"),
            new Bid(8014, 1007, null, "2026-11-05T06:51:12Z"),
            new Bid(8015, 1006, "58000.00", "2026-11-03T08:05:51Z"),
            new Bid(8015, 1007, "56500.00", "2026-11-04T02:40:27Z"),
            new Bid(8015, 1008, "59800.00", "2026-11-06T07:33:09Z"));

    static final List<Run> RUNS = List.of(
            new Run(8012, "2026-10-20T09:00:03Z", "system", null, "2026-10-23T09:00:03Z", "2026-10-23T09:00:05Z"),
            new Run(8013, "2026-10-26T09:00:02Z", "system", null, "2026-10-29T09:00:02Z", "2026-10-29T09:00:04Z"),
            new Run(8014, "2026-11-09T02:30:00Z", "owner01", 1001L, "2026-11-12T02:30:00Z", "2026-11-12T02:30:02Z"),
            new Run(8015, "2026-11-09T09:00:02Z", "system", null, "2026-11-12T09:00:02Z", "2026-11-12T09:00:04Z"));

    @Override
    public void migrate(Context context) throws Exception {
        Optional<String> dir = ConfigProvider.getConfig().getOptionalValue("zjcs.data.dir", String.class);
        Optional<String> key = ConfigProvider.getConfig().getOptionalValue("zjcs.sealing.key", String.class);
        Sealer sealer = new Sealer(SealingKey.load(key, FileStorageService.rootFrom(dir)));
        Connection c = context.getConnection();
        writeFiles(c, new FileStore(FileStorageService.rootFrom(dir)));
        for (Run r : RUNS) {
            select(c, sealer, r);
        }
    }

    /** The notice's demo seed: fixed per notice (see the class comment). */
    static byte[] seed(long notice) {
        return HexFormat.of().parseHex(Sha256.hex("zjcs-demo-chain|draw-seed|" + notice));
    }

    static String nonce(long notice, long firm) {
        return Sha256.hex("zjcs-demo-chain|nonce|" + notice + "|" + firm).substring(0, 32);
    }

    static String receipt(Bid b) {
        return Receipt.hash(b.notice(), b.firm(), SubmissionKind.ENROL, price(b), Instant.parse(b.at()),
                nonce(b.notice(), b.firm()));
    }

    private static BigDecimal price(Bid b) {
        return b.price() == null ? null : new BigDecimal(b.price());
    }

    /** The selection input of a notice's demo enrolments (the names only label the entries). */
    static SelectionInput input(long notice, SelectionMethod method, int minBidders, List<Integer> coefficients,
                                Long directPick, java.util.function.LongFunction<String> names) {
        List<Entry> entries = new ArrayList<>();
        for (Bid b : BIDS) {
            if (b.notice() == notice) {
                entries.add(new Entry(b.firm(), names.apply(b.firm()), receipt(b), price(b), BigDecimal.valueOf(100),
                        QualificationScore.of(RequirementMode.ALL_OF, List.of(), List.of())));
            }
        }
        return new SelectionInput(notice, method, minBidders, coefficients, null, directPick, entries);
    }

    private static void select(Connection c, Sealer sealer, Run run) throws Exception {
        long id = run.notice();
        byte[] seed = seed(id);
        String commitment = DrawStream.commitment(seed);
        SelectionMethod method;
        int minBidders;
        String coefficients;
        BigDecimal fixedPrice;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT selection_method, min_bidders, coefficients, fixed_price FROM notice WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                method = SelectionMethod.valueOf(rs.getString(1));
                minBidders = rs.getInt(2);
                coefficients = rs.getString(3);
                fixedPrice = rs.getBigDecimal(4);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE notice SET draw_commitment = ?, draw_seed_sealed = ? WHERE id = ?")) {
            ps.setString(1, commitment);
            ps.setString(2, sealer.seal(DrawCommitment.seedContext(id), HexFormat.of().formatHex(seed)));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        // the publication's content as the application writes it: the commitment is its last member
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
        List<Integer> cs = coefficients == null || coefficients.isBlank() ? SelectionInput.DEFAULT_COEFFICIENTS
                : Arrays.stream(coefficients.split(",")).map(String::trim).map(Integer::valueOf).toList();
        SelectionInput input = input(id, method, minBidders, cs, run.directPick(), firm -> name(c, firm));
        Outcome outcome = SelectionRules.select(input, seed);
        long expected = contractWinner(c, id);
        if (!outcome.isSelected() || outcome.winner().firmId() != expected) {
            throw new IllegalStateException("Demo notice " + id + ": the selection gives " + outcome.status() + " "
                    + (outcome.winner() == null ? "" : outcome.winner().firmId()) + ", V11 expects firm " + expected);
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

    /** An outcome announcement: the notice's canonical JSON at that time (as published) with the outcome appended. */
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

    /** A sealed enrolment, already opened at the deadline: firm and price in clear as well. */
    private static void enrol(Connection c, Sealer sealer, Bid b) throws Exception {
        Instant at = Instant.parse(b.at());
        BigDecimal price = price(b);
        String nonce = nonce(b.notice(), b.firm());
        String tag = EnrolmentService.tag(sealer, b.notice(), b.firm());
        String receipt = receipt(b);
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
                    throw new IllegalStateException("Demo notice " + notice + " has no contract in V11");
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

    /** The files V11 lists under {@code demo-pending/}: written as small one-page PDFs, their rows completed. */
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
            byte[] pdf = pdf("ZJCS demo " + ((String) p[1]).toLowerCase() + " file " + id, "Uploaded " + at);
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

    /** A valid one-page PDF (A4, Helvetica) showing two lines of ASCII text. */
    static byte[] pdf(String line1, String line2) {
        String text = "BT /F1 16 Tf 72 760 Td (" + line1 + ") Tj 0 -24 Td /F1 11 Tf (" + line2 + ") Tj ET\n";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            out.append(String.format("%010d 00000 n \n", o));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
