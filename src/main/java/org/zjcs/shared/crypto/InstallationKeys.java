package org.zjcs.shared.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.storage.FileStorageService;

/**
 * The installation's keys across nodes: the first node to start records each key's {@link KeyFingerprint} in the table
 * {@code installation_key}; every node compares its own with the record, at start (log) and on each readiness check
 * ({@code InstallationKeysHealthCheck}: DOWN when a key differs). Keys compared: the sealing key always (configured or
 * the data directory's file, as {@link SealingService} loads it), the draw witness key when configured.
 */
@ApplicationScoped
public class InstallationKeys {

    static final String SEALING = "sealing";
    static final String WITNESS = "draw-witness";

    private static final Logger LOG = Logger.getLogger(InstallationKeys.class.getName());

    @Resource(lookup = "jdbc/zjcs")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "zjcs.sealing.key")
    Optional<String> sealingKey;

    @Inject
    @ConfigProperty(name = "zjcs.draw.witness-key")
    Optional<String> witnessKey;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    private volatile Map<String, String> fingerprints;

    void start(@Observes SchemaReady ready) {
        try {
            for (KeyFingerprint.Check c : verify()) {
                if (c.matches()) {
                    LOG.info(() -> c.description() + ": fingerprint " + KeyFingerprint.shown(c.node())
                            + ", the installation's (recorded by " + c.recordedBy() + " at " + c.recordedAt() + ")");
                } else {
                    LOG.severe(() -> c.problem() + ". /health/ready stays DOWN (check \"installation-keys\").");
                }
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.SEVERE, "The installation's key fingerprints could not be checked", e);
        }
    }

    /** Each key of this node against the installation's record, recording it first when there is none yet. */
    public List<KeyFingerprint.Check> verify() throws SQLException {
        List<KeyFingerprint.Check> checks = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, String> key : fingerprints().entrySet()) {
                String[] recorded = recorded(c, key.getKey());
                if (recorded == null) {
                    record(c, key.getKey(), key.getValue());
                    recorded = recorded(c, key.getKey());
                }
                checks.add(new KeyFingerprint.Check(key.getKey(), description(key.getKey()), key.getValue(), recorded[0],
                        recorded[1], recorded[2]));
            }
        }
        return checks;
    }

    private Map<String, String> fingerprints() {
        Map<String, String> f = fingerprints;
        if (f == null) {
            f = new LinkedHashMap<>();
            f.put(SEALING, KeyFingerprint.of(SealingKey.load(sealingKey, FileStorageService.rootFrom(dataDir))));
            if (witnessKey.isPresent() && !witnessKey.get().isBlank()) {
                // configured: SealingKey decodes the value and never touches the file named here
                f.put(WITNESS, KeyFingerprint.of(SealingKey.load(witnessKey, FileStorageService.rootFrom(dataDir),
                        "zjcs.draw.witness-key", "keys/witness.key")));
            }
            fingerprints = f;
        }
        return f;
    }

    static String description(String name) {
        return WITNESS.equals(name) ? "the draw witness key (zjcs.draw.witness-key)" : "the sealing key (zjcs.sealing.key)";
    }

    private static String[] recorded(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fingerprint, recorded_by, recorded_at FROM installation_key WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new String[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant().toString()};
            }
        }
    }

    /** The first node wins: two nodes starting together both try, the second insert is ignored. */
    private static void record(Connection c, String name, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO installation_key"
                + " (name, fingerprint, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, fingerprint);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, nodeName());
            if (ps.executeUpdate() == 1) {
                LOG.info(() -> "Recorded the installation's fingerprint of " + description(name) + ": "
                        + KeyFingerprint.shown(fingerprint));
            }
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        String server = System.getProperty("wlp.server.name");
        String name = server == null ? host : host + "/" + server;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
