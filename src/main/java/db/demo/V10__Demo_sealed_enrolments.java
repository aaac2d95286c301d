package db.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingKey;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.storage.FileStorageService;

/**
 * Demo data (demo mode only), sealed the way the application seals it, with the installation's sealing key:
 * <ul>
 * <li>every published demo notice without a draw seed (V8, V9 were written as SQL) gets one, sealed, with its commitment
 * on the notice and in its announcements' content (re-hashed), as if it had been drawn at publication;</li>
 * <li>the demo firms' enrolments and sealed prices, each with its receipt, on an open notice (8002: firm01 and firm06)
 * and on the notices of V9 whose deadlines have passed (the scheduler selects those at the first start).</li>
 * </ul>
 */
public class V10__Demo_sealed_enrolments extends BaseJavaMigration {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** notice, firm, price (null: no price), submitted at (UTC). */
    private record Bid(long notice, long firm, String price, String at) {
    }

    private static final List<Bid> BIDS = List.of(
            new Bid(8002, 1001, null, "2026-11-25T03:12:40Z"),
            new Bid(8002, 1006, null, "2026-11-26T07:45:02Z"),
            new Bid(8008, 1001, null, "2026-11-20T01:30:11Z"),
            new Bid(8008, 1006, null, "2026-11-21T02:05:37Z"),
            new Bid(8008, 1007, null, "2026-11-21T08:44:19Z"),
            new Bid(8008, 1008, null, "2026-11-24T06:58:03Z"),
            new Bid(8009, 1006, "46800.00", "2026-11-21T03:00:00Z"),
            new Bid(8009, 1007, "44950.00", "2026-11-24T02:18:45Z"),
            new Bid(8009, 1008, "47200.00", "2026-11-25T08:59:58Z"),
            new Bid(8010, 1006, "39800.00", "2026-11-24T05:20:00Z"),
            new Bid(8011, 1001, null, "2026-11-24T02:00:00Z"),
            new Bid(8011, 1007, null, "2026-11-25T06:30:00Z"));

    @Override
    public void migrate(Context context) throws Exception {
        Optional<String> dir = ConfigProvider.getConfig().getOptionalValue("zjcs.data.dir", String.class);
        Optional<String> key = ConfigProvider.getConfig().getOptionalValue("zjcs.sealing.key", String.class);
        Sealer sealer = new Sealer(SealingKey.load(key, FileStorageService.rootFrom(dir)));
        Connection c = context.getConnection();
        commitSeeds(c, sealer);
        for (Bid b : BIDS) {
            enrol(c, sealer, b);
        }
    }

    private static void commitSeeds(Connection c, Sealer sealer) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM notice WHERE status = 'PUBLISHED' AND draw_seed_sealed IS NULL")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            byte[] seed = new byte[32];
            RANDOM.nextBytes(seed);
            String commitment = Sha256.hex(seed);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE notice SET draw_commitment = ?, draw_seed_sealed = ? WHERE id = ?")) {
                ps.setString(1, commitment);
                ps.setString(2, sealer.seal(DrawCommitment.seedContext(id), HexFormat.of().formatHex(seed)));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            // the announcements' content as the application writes it: the commitment is its last member
            List<long[]> anns = new ArrayList<>();
            List<String> contents = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, content FROM announcement WHERE notice_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        anns.add(new long[] {rs.getLong(1)});
                        contents.add(rs.getString(2));
                    }
                }
            }
            for (int i = 0; i < anns.size(); i++) {
                String content = contents.get(i);
                String updated = content.substring(0, content.length() - 1) + ",\"drawCommitment\":\"" + commitment + "\"}";
                try (PreparedStatement ps = c.prepareStatement("UPDATE announcement SET content = ?, content_hash = ? WHERE id = ?")) {
                    ps.setString(1, updated);
                    ps.setString(2, Sha256.hex(updated));
                    ps.setLong(3, anns.get(i)[0]);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void enrol(Connection c, Sealer sealer, Bid b) throws Exception {
        Instant at = Instant.parse(b.at());
        BigDecimal price = b.price() == null ? null : new BigDecimal(b.price());
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        String tag = EnrolmentService.tag(sealer, b.notice(), b.firm());
        String receipt = Receipt.hash(b.notice(), b.firm(), SubmissionKind.ENROL, price, at, nonce);
        long enrolment;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment (notice_id, firm_tag, firm_sealed, status, "
                + "price_sealed, receipt_hash, submitted_at, nonce_sealed, submissions) VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, b.notice());
            ps.setString(2, tag);
            ps.setString(3, sealer.seal(EnrolmentService.firmContext(b.notice(), tag), Long.toString(b.firm())));
            ps.setString(4, price == null ? null : sealer.seal(EnrolmentService.priceContext(b.notice(), tag), price.toPlainString()));
            ps.setString(5, receipt);
            ps.setTimestamp(6, Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            ps.setString(7, sealer.seal(EnrolmentService.nonceContext(b.notice(), tag), nonce));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                enrolment = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment_submission (enrolment_id, kind, submitted_at, "
                + "receipt_hash) VALUES (?, 'ENROL', ?, ?)")) {
            ps.setLong(1, enrolment);
            ps.setTimestamp(2, Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            ps.setString(3, receipt);
            ps.executeUpdate();
        }
    }
}
