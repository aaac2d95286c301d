package org.zjcs.shared.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import org.zjcs.shared.error.DomainException;

/**
 * The file-system half of the upload service, without CDI or database, so that it can be tested on a temporary
 * directory. Files live under {@code <root>/files/<yyyy>/<mm>/<random UUID>.<ext>} (year and month of the upload in
 * UTC); the relative path is the storage key. A file is written to a temporary file in its final directory and then
 * renamed atomically, so a reader never sees half a file and a failure leaves nothing behind.
 */
public final class FileStore {

    private static final int BUFFER = 64 * 1024;
    private static final String TEMP_PREFIX = ".upload-";

    private final Path root;
    private final Supplier<UUID> ids;
    private final UsableSpace usableSpace;
    private final OutputOpener outputs;

    public FileStore(Path root) {
        this(root, UUID::randomUUID);
    }

    FileStore(Path root, Supplier<UUID> ids) {
        this(root, ids, dir -> Files.getFileStore(dir).getUsableSpace(), FileStore::fileOutput);
    }

    /** With the measure of free space and the way temporary files are written replaced (tests: disk full). */
    FileStore(Path root, Supplier<UUID> ids, UsableSpace usableSpace, OutputOpener outputs) {
        this.root = root.toAbsolutePath().normalize();
        this.ids = ids;
        this.usableSpace = usableSpace;
        this.outputs = outputs;
    }

    /** Bytes a write may still use in a directory's file system (java.nio.file.FileStore#getUsableSpace). */
    @FunctionalInterface
    interface UsableSpace {
        long of(Path dir) throws IOException;
    }

    /** Where the bytes of an upload go: the temporary file, flushed to the disk before it is renamed. */
    interface Output extends Closeable {
        void write(byte[] b, int n) throws IOException;

        void force() throws IOException;
    }

    @FunctionalInterface
    interface OutputOpener {
        Output open(Path temp) throws IOException;
    }

    static Output fileOutput(Path temp) throws IOException {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new Output() {
            @Override
            public void write(byte[] b, int n) throws IOException {
                writeFully(channel, b, n);
            }

            @Override
            public void force() throws IOException {
                channel.force(true);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /**
     * True when an IOException says the file system is full ("No space left on device", ENOSPC; "Disk quota
     * exceeded", EDQUOT): the user is told the storage is full rather than a general error.
     */
    public static boolean isNoSpace(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    public Path root() {
        return root;
    }

    /** What {@link #write} stored. */
    public record Written(String storageKey, String sha256, long size, StoredFileType type) {
    }

    /**
     * Reads at most {@code maxBytes + 1} bytes of {@code in}, checks them and stores them.
     *
     * @throws DomainException {@code upload.error.empty}, {@code upload.error.type} (decided from the first bytes, before
     *         anything is written) or {@code upload.error.size} (argument: the limit in MB)
     * @throws IOException the file could not be written; nothing is left behind
     */
    public Written write(InputStream in, long maxBytes, Instant now) throws IOException {
        return write(in, maxBytes, 0, now);
    }

    /**
     * As {@link #write(InputStream, long, Instant)}, keeping at least {@code minFreeBytes} free in the storage
     * directory's file system: an upload that would leave less (measured before writing, and counted again with every
     * block written) is refused with {@code upload.error.noSpace} and its temporary file removed. 0: no reserve.
     */
    public Written write(InputStream in, long maxBytes, long minFreeBytes, Instant now) throws IOException {
        byte[] head = in.readNBytes(ContentTypeSniffer.HEAD_LENGTH);
        if (head.length == 0) {
            throw new DomainException("upload.error.empty");
        }
        if (head.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        StoredFileType type = ContentTypeSniffer.sniff(head);

        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        String key = String.format("files/%04d/%02d/%s.%s", t.getYear(), t.getMonthValue(), ids.get(), type.extension());
        Path target = resolve(key);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // What this upload may use without leaving less than the reserve free (others may write at the same time:
        // the reserve, not this budget, is the safety margin).
        long budget = minFreeBytes > 0 ? usableSpace.of(dir) - minFreeBytes : Long.MAX_VALUE;
        if (budget < head.length) {
            throw new DomainException("upload.error.noSpace");
        }
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
        boolean moved = false;
        try {
            MessageDigest sha = sha256();
            long size;
            try (Output out = outputs.open(temp)) {
                sha.update(head);
                out.write(head, head.length);
                size = head.length;
                byte[] buf = new byte[BUFFER];
                while (true) {
                    // Never read more than one byte beyond the limit.
                    long room = maxBytes + 1 - size;
                    int n = in.read(buf, 0, (int) Math.min(buf.length, room));
                    if (n < 0) {
                        break;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    if (size > budget) {
                        throw new DomainException("upload.error.noSpace");
                    }
                    sha.update(buf, 0, n);
                    out.write(buf, n);
                }
                out.force();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return new Written(key, HexFormat.of().formatHex(sha.digest()), size, type);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Opens a stored file for reading. */
    public InputStream open(String storageKey) throws IOException {
        Path p = resolve(storageKey);
        // Also after following links: a symbolic link planted inside the root must not lead outside it.
        if (!p.toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("storage key leaves the storage root: " + storageKey);
        }
        return Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Removes a stored file, e.g. after the transaction that recorded it rolled back; false if it was not there. */
    public boolean delete(String storageKey) throws IOException {
        return Files.deleteIfExists(resolve(storageKey));
    }

    /** The absolute path of a storage key, refused if it would lead outside the storage root. */
    Path resolve(String storageKey) {
        if (storageKey == null || storageKey.isEmpty() || storageKey.indexOf('\0') >= 0 || storageKey.contains("\\")) {
            throw new IllegalArgumentException("bad storage key");
        }
        Path relative = root.getFileSystem().getPath(storageKey);
        if (relative.isAbsolute()) {
            throw new IllegalArgumentException("storage key is absolute: " + storageKey);
        }
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("storage key leaves the storage root: " + storageKey);
        }
        return p;
    }

    private static void writeFully(FileChannel out, byte[] b, int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, 0, n);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static DomainException tooLarge(long maxBytes) {
        return new DomainException("upload.error.size", megabytes(maxBytes));
    }

    /** The limit in MB for messages: 10485760 → "10", 1572864 → "1.5". */
    static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
