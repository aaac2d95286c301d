package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.TempUploadService;
import org.zjcs.shared.storage.TempUploads;
import org.zjcs.shared.storage.Upload;

/** A form's file slots across submits: held, kept when nothing new is chosen, replaced, released, gone when swept. */
class HeldFilesTest {

    @TempDir
    Path root;

    private TempUploads uploads;
    private HeldFiles held;

    @BeforeEach
    void setUp() {
        uploads = new TempUploads(root, Clock.systemUTC());
        held = new HeldFiles();
        held.temp = new TempUploadService() {
            @Override
            public TempUploads.Held hold(InputStream in, String originalName) {
                return uploads.hold(in, originalName, 10_000);
            }

            @Override
            public Optional<InputStream> open(String key) {
                return uploads.open(key);
            }

            @Override
            public void release(String key) {
                uploads.release(key);
            }
        };
    }

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, b, 0, 9);
        b[size - 1] = (byte) size;
        return b;
    }

    @Test
    void aChosenFileIsHeldAndKeptWhenTheNextSubmitChoosesNothing() throws Exception {
        UploadSlot slot = held.take(new Chosen("licence.pdf", pdf(2048)), null);
        assertEquals("licence.pdf", slot.getFileName());
        assertEquals("2 KB", slot.getSizeText());
        assertSame(slot, held.take(null, slot), "no file chosen: the held one stays");
        assertSame(slot, held.take(new Chosen("", new byte[0]), slot), "an empty file input: the held one stays");
        Upload u = held.open(slot);
        try (InputStream in = u.content()) {
            assertArrayEquals(pdf(2048), in.readAllBytes());
        }
        assertEquals("licence.pdf", u.fileName());
        assertEquals(1, held.count());
    }

    @Test
    void aNewFileReplacesTheHeldOneWhichIsDeleted() {
        UploadSlot first = held.take(new Chosen("old.pdf", pdf(100)), null);
        UploadSlot second = held.take(new Chosen("new.pdf", pdf(200)), first);
        assertEquals("new.pdf", second.getFileName());
        assertFalse(held.isHeld(first), "the replaced file is deleted");
        assertTrue(held.isHeld(second));
        assertEquals(1, held.count());
    }

    @Test
    void aRefusedNewFileLeavesTheHeldOne() {
        UploadSlot first = held.take(new Chosen("good.pdf", pdf(100)), null);
        DomainException e = assertThrows(DomainException.class, () -> held.take(new Chosen("bad.pdf", "MZ.exe".getBytes()), first));
        assertEquals("upload.error.type", e.messageKey());
        assertTrue(held.isHeld(first));
    }

    @Test
    void releasedOnSuccessAndAtTheSessionsEnd() {
        UploadSlot a = held.take(new Chosen("a.pdf", pdf(100)), null);
        UploadSlot b = held.take(new Chosen("b.pdf", pdf(100)), null);
        held.release(a, null);
        assertFalse(held.isHeld(a));
        assertEquals(1, held.count());
        held.sessionEnded();
        assertFalse(held.isHeld(b), "the session ended: its files are deleted");
        assertEquals(0, held.count());
    }

    @Test
    void aSweptFileIsNoLongerOffered() {
        UploadSlot a = held.take(new Chosen("a.pdf", pdf(100)), null);
        uploads.release(a.key());
        assertNull(held.open(a));
        assertNull(held.open(null));
    }

    @Test
    void sizesForPeople() {
        assertEquals("830 B", new UploadSlot("k", "f", 830).getSizeText());
        assertEquals("1.5 MB", new UploadSlot("k", "f", 1_572_864).getSizeText());
    }

    /** A file as the page received it. */
    private record Chosen(String name, byte[] bytes) implements UploadedFile {
        @Override
        public String getFileName() {
            return name;
        }

        @Override
        public String getWebkitRelativePath() {
            return null;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] getContent() {
            return bytes;
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public long getSize() {
            return bytes.length;
        }

        @Override
        public File write(String filePath) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {
        }
    }
}
