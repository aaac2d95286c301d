package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zjcs.shared.error.DomainException;

/** Held uploads on a temporary directory: the same checks as stored files, read back, released, swept after an hour. */
class TempUploadsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path root;

    private TempUploads uploads() {
        return new TempUploads(root, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    @Test
    void aHeldFileIsReadBackWithItsNameAndSize() throws Exception {
        TempUploads t = uploads();
        TempUploads.Held h = t.hold(new ByteArrayInputStream(pdf(5000)), "营业执照.pdf", 10_000);
        assertEquals("营业执照.pdf", h.fileName());
        assertEquals(5000, h.size());
        assertEquals(StoredFileType.PDF, h.type());
        try (InputStream in = t.open(h.key()).orElseThrow()) {
            assertArrayEquals(pdf(5000), in.readAllBytes());
        }
        assertTrue(Files.exists(root.resolve(h.key())), "under the temporary root");
    }

    @Test
    void theSameChecksAsStoredFiles() {
        TempUploads t = uploads();
        assertEquals("upload.error.type", assertThrows(DomainException.class,
                () -> t.hold(new ByteArrayInputStream("MZ\u0090\u0000 not a pdf".getBytes()), "setup.pdf", 10_000)).messageKey());
        assertEquals("upload.error.size", assertThrows(DomainException.class,
                () -> t.hold(new ByteArrayInputStream(pdf(20_000)), "big.pdf", 10_000)).messageKey());
        assertEquals("upload.error.empty", assertThrows(DomainException.class,
                () -> t.hold(new ByteArrayInputStream(new byte[0]), "empty.pdf", 10_000)).messageKey());
        assertEquals("file", t.hold(new ByteArrayInputStream(pdf(100)), "../../", 10_000).fileName(), "the name is display text only");
    }

    @Test
    void aReleasedFileIsGone() {
        TempUploads t = uploads();
        TempUploads.Held h = t.hold(new ByteArrayInputStream(pdf(100)), "a.pdf", 10_000);
        assertTrue(t.release(h.key()));
        assertTrue(t.open(h.key()).isEmpty());
        assertFalse(t.release(h.key()));
        assertTrue(t.open("../../etc/passwd").isEmpty(), "a key outside the root is nothing");
    }

    @Test
    void theSweepDeletesFilesOlderThanAnHourOnly() throws Exception {
        TempUploads t = uploads();
        TempUploads.Held old = t.hold(new ByteArrayInputStream(pdf(100)), "old.pdf", 10_000);
        TempUploads.Held recent = t.hold(new ByteArrayInputStream(pdf(100)), "recent.pdf", 10_000);
        Files.setLastModifiedTime(root.resolve(old.key()), FileTime.from(NOW.minus(Duration.ofMinutes(61))));
        Files.setLastModifiedTime(root.resolve(recent.key()), FileTime.from(NOW.minus(Duration.ofMinutes(59))));

        assertEquals(1, t.sweep(TempUploads.MAX_AGE));
        assertTrue(t.open(old.key()).isEmpty(), "older than an hour: deleted");
        assertTrue(t.open(recent.key()).isPresent(), "59 minutes: kept");
        assertEquals(0, t.sweep(TempUploads.MAX_AGE), "nothing more to sweep");
    }

    @Test
    void sweepingAMissingRootIsNothing() {
        assertEquals(0, new TempUploads(root.resolve("none"), Clock.systemUTC()).sweep(TempUploads.MAX_AGE));
    }
}
