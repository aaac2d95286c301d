package db.demo;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.Context;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.FileStore;

/**
 * Writes the sample files a demo migration lists in a CSV (id, owner organisation, purpose, display name, upload
 * time) as small PDFs in the data directory, with their stored_file rows. Not a migration itself.
 */
final class DemoFiles {

    private DemoFiles() {
    }

    static void write(Context context, String csvResource) throws Exception {
        Optional<String> dir = ConfigProvider.getConfig().getOptionalValue("zjcs.data.dir", String.class);
        FileStore store = new FileStore(FileStorageService.rootFrom(dir));
        String sql = "INSERT INTO stored_file (id, storage_key, sha256, size_bytes, content_type, display_name, purpose, "
                + "uploaded_by, uploaded_at, owner_organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)";
        try (InputStream csv = DemoFiles.class.getResourceAsStream(csvResource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
             PreparedStatement ps = context.getConnection().prepareStatement(sql)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 5);
                Instant at = Instant.parse(f[4].trim());
                String pdf = "%PDF-1.4\n% ZJCS demo material " + f[2] + " of organisation " + f[1] + "\n"
                        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
                FileStore.Written w = store.write(new ByteArrayInputStream(pdf.getBytes(StandardCharsets.US_ASCII)), 1 << 20, at);
                ps.setLong(1, Long.parseLong(f[0].trim()));
                ps.setString(2, w.storageKey());
                ps.setString(3, w.sha256());
                ps.setLong(4, w.size());
                ps.setString(5, w.type().contentType());
                ps.setString(6, f[3].trim());
                ps.setString(7, f[2].trim());
                ps.setObject(8, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setLong(9, Long.parseLong(f[1].trim()));
                ps.executeUpdate();
            }
        }
    }
}
