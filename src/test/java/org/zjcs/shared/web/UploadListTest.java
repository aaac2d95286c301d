package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.TempUploadService;
import org.zjcs.shared.storage.TempUploads;
import org.zjcs.shared.storage.Upload;

/** A form's multi-file list: chosen files checked and held, at most so many, removed, kept across a refusal, cleared. */
class UploadListTest {

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

    private static UploadedFiles chosen(UploadedFile... files) {
        return new UploadedFiles(List.of(files));
    }

    private static byte[] read(Upload u) throws IOException {
        try (InputStream in = u.content()) {
            return in.readAllBytes();
        }
    }

    @Test
    void chosenFilesAreHeldAndGivenToTheServiceInTheirOrder() throws IOException {
        UploadList list = new UploadList(3);
        list.setChosen(chosen(new Chosen("a.pdf", pdf(100)), new Chosen("b.pdf", pdf(200))));
        List<Upload> files = list.take(held);
        assertEquals(List.of("a.pdf", "b.pdf"), files.stream().map(Upload::fileName).toList());
        assertArrayEquals(pdf(200), read(files.get(1)));
        read(files.get(0));
        assertEquals(List.of("a.pdf", "b.pdf"), list.getFiles().stream().map(UploadSlot::getFileName).toList());
        assertEquals(2, held.count());
        assertEquals(null, list.getChosen(), "the chosen files are taken once");
    }

    @Test
    void filesStayAttachedAfterARefusalAndMoreCanBeAddedUpToTheMaximum() throws IOException {
        UploadList list = new UploadList(3);
        list.setChosen(chosen(new Chosen("a.pdf", pdf(100))));
        assertThrows(DomainException.class, () -> list.submit(held, files -> {
            throw new DomainException("deliverable.error.noteRequired");
        }));
        assertEquals(1, list.getSize(), "a refused submit keeps the attached file");
        list.setChosen(chosen(new Chosen("b.pdf", pdf(120)), new Chosen("c.pdf", pdf(130))));
        List<String> given = new ArrayList<>();
        list.submit(held, files -> files.forEach(u -> given.add(u.fileName())));
        assertEquals(List.of("a.pdf", "b.pdf", "c.pdf"), given);
        assertTrue(list.isEmpty(), "a successful submit empties the list");
        assertEquals(0, held.count(), "and releases the held files");
    }

    @Test
    void aListRefusesMoreFilesThanItTakesAndKeepsNoneOfThem() {
        UploadList list = new UploadList(2);
        list.setChosen(chosen(new Chosen("a.pdf", pdf(100))));
        list.take(held);
        list.setChosen(chosen(new Chosen("b.pdf", pdf(100)), new Chosen("c.pdf", pdf(100))));
        DomainException e = assertThrows(DomainException.class, () -> list.take(held));
        assertEquals(UploadList.FULL, e.messageKey());
        assertArrayEquals(new Object[] {2}, e.args());
        assertEquals(1, list.getSize());
        assertEquals(1, held.count());
        assertFalse(list.isFull());
    }

    @Test
    void aRefusedFileIsNotAttachedTheOnesBeforeItAre() {
        UploadList list = new UploadList(3);
        list.setChosen(chosen(new Chosen("a.pdf", pdf(100)), new Chosen("x.pdf", "MZ not a pdf".getBytes()),
                new Chosen("c.pdf", pdf(100))));
        assertEquals("upload.error.type", assertThrows(DomainException.class, () -> list.take(held)).messageKey());
        assertEquals(List.of("a.pdf"), list.getFiles().stream().map(UploadSlot::getFileName).toList());
        list.setChosen(chosen(new Chosen("big.pdf", pdf(20_000))));
        assertEquals("upload.error.size", assertThrows(DomainException.class, () -> list.take(held)).messageKey());
        assertEquals(1, list.getSize());
    }

    @Test
    void emptyInputsAreNoFilesAndAnEmptyListGivesNone() {
        UploadList list = new UploadList(3);
        list.setChosen(chosen(new Chosen("", new byte[0])));
        assertTrue(list.take(held).isEmpty());
        list.setChosen(null);
        assertTrue(list.take(held).isEmpty());
        assertEquals(0, held.count());
    }

    @Test
    void aRemovedFileIsReleasedAtTheNextSubmitAndNotGiven() {
        UploadList list = new UploadList(3);
        list.setChosen(chosen(new Chosen("a.pdf", pdf(100)), new Chosen("b.pdf", pdf(110))));
        list.take(held).forEach(u -> close(u));
        list.remove(0);
        list.remove(7); // an older page: nothing there
        assertEquals(List.of("b.pdf"), list.getFiles().stream().map(UploadSlot::getFileName).toList());
        List<Upload> files = list.take(held);
        files.forEach(u -> close(u));
        assertEquals(List.of("b.pdf"), files.stream().map(Upload::fileName).toList());
        assertEquals(1, held.count(), "the removed file is released");
        list.clear(held);
        assertEquals(0, held.count());
    }

    @Test
    void aListTakesAtLeastOneFile() {
        assertThrows(IllegalArgumentException.class, () -> new UploadList(0));
    }

    private static void close(Upload u) {
        try {
            u.content().close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A file as PrimeFaces gives it. */
    private record Chosen(String name, byte[] content) implements UploadedFile {

        @Override
        public String getFileName() {
            return name;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public byte[] getContent() {
            return content;
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public File write(String filePath) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {
        }

        @Override
        public String getWebkitRelativePath() {
            return null;
        }
    }
}
