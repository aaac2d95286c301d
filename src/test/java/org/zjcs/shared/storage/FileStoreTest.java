package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zjcs.shared.error.DomainException;

/** The file-system half of the upload service, on a temporary directory (no database involved). */
class FileStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T04:21:11Z");
    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @TempDir
    Path root;

    private FileStore store() {
        return new FileStore(root, () -> ID);
    }

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    @Test
    void storesUnderYearAndMonthWithARandomNameAndTheSniffedExtension() throws Exception {
        byte[] content = pdf(100_000);
        FileStore.Written w = store().write(new ByteArrayInputStream(content), 1_000_000, NOW);

        assertEquals("files/2026/11/" + ID + ".pdf", w.storageKey());
        assertEquals(StoredFileType.PDF, w.type());
        assertEquals(100_000, w.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), w.sha256());
        assertArrayEquals(content, Files.readAllBytes(root.resolve(w.storageKey())));
        assertEquals(List.of(root.resolve(w.storageKey())), filesUnderRoot(), "no temporary file is left");
        try (InputStream in = store().open(w.storageKey())) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void theSha256OfAKnownContentIsTheStandardOne() throws Exception {
        FileStore.Written w = store().write(new ByteArrayInputStream("%PDF-".getBytes()), 10, NOW);
        // printf '%%PDF-' | sha256sum
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("%PDF-".getBytes())),
                w.sha256());
        assertEquals(5, w.size());
    }

    @Test
    void exactlyTheLimitIsAcceptedOneByteMoreIsRefusedAndLeavesNothing() throws Exception {
        assertEquals(1000, store().write(new ByteArrayInputStream(pdf(1000)), 1000, NOW).size());
        Files.delete(root.resolve("files/2026/11/" + ID + ".pdf"));

        DomainException e = assertThrows(DomainException.class,
                () -> store().write(new ByteArrayInputStream(pdf(1001)), 1000, NOW));
        assertEquals("upload.error.size", e.messageKey());
        assertTrue(filesUnderRoot().isEmpty());
    }

    @Test
    void atMostOneByteBeyondTheLimitIsRead() throws Exception {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return read[0] == 1 ? 0xFF : read[0] <= 3 ? (read[0] == 2 ? 0xD8 : 0xFF) : 0;
            }
        };
        long limit = 10 * 1024 * 1024;
        DomainException e = assertThrows(DomainException.class, () -> store().write(endless, limit, NOW));
        assertEquals("upload.error.size", e.messageKey());
        assertArrayEquals(new Object[] {"10"}, e.args());
        assertEquals(limit + 1, read[0]);
        assertTrue(filesUnderRoot().isEmpty());
    }

    @Test
    void theLimitIsShownInMegabytes() {
        assertEquals("10", FileStore.megabytes(10_485_760));
        assertEquals("1.5", FileStore.megabytes(1_572_864));
        assertEquals("20", FileStore.megabytes(20 * 1024 * 1024));
    }

    @Test
    void emptyAndWrongTypesAreRefusedBeforeAnythingIsWritten() {
        DomainException empty = assertThrows(DomainException.class,
                () -> store().write(new ByteArrayInputStream(new byte[0]), 1000, NOW));
        assertEquals("upload.error.empty", empty.messageKey());

        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        DomainException type = assertThrows(DomainException.class,
                () -> store().write(new ByteArrayInputStream(elf), 1000, NOW));
        assertEquals("upload.error.type", type.messageKey());
        assertFalse(Files.exists(root.resolve("files")));
    }

    @Test
    void aReadFailureHalfWayLeavesNothingBehind() throws Exception {
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(pdf(200_000))) {
            private int total;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (total > 100_000) {
                    throw new IOException("connection reset");
                }
                int n = super.read(b, off, len);
                total += Math.max(n, 0);
                return n;
            }
        };
        assertThrows(IOException.class, () -> store().write(failing, 1_000_000, NOW));
        assertTrue(filesUnderRoot().isEmpty());
    }

    @Test
    void deleteRemovesAStoredFile() throws Exception {
        FileStore.Written w = store().write(new ByteArrayInputStream(pdf(10)), 100, NOW);
        assertTrue(store().delete(w.storageKey()));
        assertFalse(store().delete(w.storageKey()));
        assertTrue(filesUnderRoot().isEmpty());
    }

    @Test
    void keysCannotLeaveTheRoot() throws Exception {
        FileStore s = store();
        for (String key : new String[] {"../x.pdf", "files/../../x.pdf", "/etc/passwd", "", ".", "files\\..\\..\\x",
                "a\0b"}) {
            assertThrows(IllegalArgumentException.class, () -> s.open(key), key);
            assertThrows(IllegalArgumentException.class, () -> s.delete(key), key);
        }
        assertEquals(root.toAbsolutePath().normalize().resolve("files/2026/11/a.pdf"), s.resolve("files/2026/11/a.pdf"));
    }

    @Test
    void aSymbolicLinkInsideTheRootCannotLeadOutside(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.pdf"), "%PDF- secret");
        Files.createDirectories(root.resolve("files"));
        try {
            Files.createSymbolicLink(root.resolve("files/link.pdf"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        assertThrows(IllegalArgumentException.class, () -> store().open("files/link.pdf"));
    }

    @Test
    void eachFileGetsItsOwnRandomName() throws Exception {
        FileStore s = new FileStore(root);
        String a = s.write(new ByteArrayInputStream(pdf(10)), 100, NOW).storageKey();
        String b = s.write(new ByteArrayInputStream(pdf(10)), 100, NOW).storageKey();
        assertFalse(a.equals(b));
        assertTrue(a.matches("files/2026/11/[0-9a-f-]{36}\\.pdf"), a);
    }
}
