package org.zjcs.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the sealing key comes from: the configuration value {@code zjcs.sealing.key} (environment
 * {@code ZJCS_SEALING_KEY}, 32 bytes in base64) when set, otherwise the file {@code keys/sealing.key} in the data
 * directory, created with a fresh random key (owner-only permissions) the first time it is needed. The key is never in
 * the database, so that reading the database does not open sealed bids. Losing it makes the sealed values of notices
 * still open unreadable: back it up with the data directory (docs/operations.md).
 */
public final class SealingKey {

    static final String FILE = "keys/sealing.key";

    private SealingKey() {
    }

    public static byte[] load(Optional<String> configured, Path dataDir) {
        return load(configured, dataDir, "zjcs.sealing.key", FILE);
    }

    /**
     * The same for another 32-byte key: the configuration value {@code setting} when set, otherwise the file
     * {@code relativeFile} in the data directory, created with a fresh random key the first time (e.g. the draw
     * witness's key, docs/draw.md).
     */
    public static byte[] load(Optional<String> configured, Path dataDir, String setting, String relativeFile) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return decode(configured.get().trim(), setting);
        }
        Path file = dataDir.resolve(relativeFile);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.getParent(), "sealing", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // not a POSIX file system: the directory's permissions apply
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException anotherServerWasFirst) {
                // two servers sharing the data directory started together: keep the first key
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + where + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The key in " + where + " must be 32 bytes, not " + key.length);
        }
        return key;
    }
}
