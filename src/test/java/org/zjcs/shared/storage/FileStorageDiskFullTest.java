package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;

/**
 * Disk full on upload (issue 14, item 7c), below the HTTP layer: the file system answers "No space left on device" in
 * the middle of the copy, or the storage reserve (setting storage.min-free-mb) would be used. Either way the user gets
 * {@code upload.error.noSpace}, no row is persisted, nothing is audited and no file (final or temporary) is left.
 */
class FileStorageDiskFullTest {

    private static final Instant NOW = Instant.parse("2026-12-05T04:21:11Z");

    @TempDir
    Path root;

    /** What the service asked of the database and the audit: must stay empty. */
    private final List<String> databaseCalls = new ArrayList<>();

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private FileStorageService service(FileStore store, int minFreeMb) throws Exception {
        FileStorageService s = new FileStorageService();
        s.settings = new SettingsService() {
            @Override
            public int intValue(String key, int defaultValue) {
                return FileStorageService.MIN_FREE_MB.equals(key) ? minFreeMb : defaultValue;
            }
        };
        s.changes = (action, type, id, details) -> databaseCalls.add("audit " + action);
        s.actor = () -> "firm01";
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        s.dataDir = Optional.of(root.toString());
        s.transactions = recording(TransactionSynchronizationRegistry.class);
        Field em = FileStorageService.class.getDeclaredField("em");
        em.setAccessible(true);
        em.set(s, recording(EntityManager.class));
        s.files = store;
        return s;
    }

    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? 0 : method.getName().equals("equals") ? false : "proxy";
            }
            databaseCalls.add(type.getSimpleName() + "." + method.getName());
            return null;
        }));
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    /** Writes go to the real temporary file until {@code failAfter} bytes, then fail as a full disk does. */
    private FileStore diskFullAfter(long failAfter, long[] written) {
        return new FileStore(root, UUID::randomUUID, dir -> Long.MAX_VALUE, temp -> {
            FileStore.Output real = FileStore.fileOutput(temp);
            return new FileStore.Output() {
                @Override
                public void write(byte[] b, int n) throws IOException {
                    if (written[0] + n > failAfter) {
                        throw new IOException("No space left on device");
                    }
                    real.write(b, n);
                    written[0] += n;
                }

                @Override
                public void force() throws IOException {
                    real.force();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });
    }

    @Test
    void theDiskFillingUpMidCopyLeavesNoRowNoAuditAndNoPartialFile() throws Exception {
        long[] written = {0};
        FileStorageService s = service(diskFullAfter(200_000, written), 0);
        DomainException e = assertThrows(DomainException.class,
                () -> s.store(new ByteArrayInputStream(pdf(1_000_000)), "licence.pdf", "BUSINESS_LICENCE", 7L));
        assertEquals("upload.error.noSpace", e.messageKey(), "the user is told the storage is full");
        assertTrue(written[0] > 0, "the failure came in the middle of the copy, after bytes were written");
        assertEquals(List.of(), filesUnderRoot(), "no partial or temporary file is left");
        assertEquals(List.of(), databaseCalls, "no row persisted, nothing audited, no transaction hook needed");
    }

    @Test
    void anotherWriteErrorIsTheGeneralStorageErrorAndAlsoLeavesNothing() throws Exception {
        FileStore failing = new FileStore(root, UUID::randomUUID, dir -> Long.MAX_VALUE, temp -> {
            throw new IOException("Input/output error");
        });
        DomainException e = assertThrows(DomainException.class, () -> service(failing, 0)
                .store(new ByteArrayInputStream(pdf(50_000)), "licence.pdf", "BUSINESS_LICENCE", 7L));
        assertEquals("upload.error.io", e.messageKey());
        assertEquals(List.of(), filesUnderRoot());
        assertEquals(List.of(), databaseCalls);
    }

    @Test
    void theReserveRefusesAnUploadThatWouldLeaveLessThanTheSettingFree() throws Exception {
        long mb = 1024 * 1024;
        // 100 MB reserve, 100.5 MB usable: a 300 kB upload fits, a 1 MB one would eat into the reserve.
        FileStore store = new FileStore(root, UUID::randomUUID, dir -> 100 * mb + mb / 2, FileStore::fileOutput);
        FileStorageService s = service(store, 100);
        DomainException e = assertThrows(DomainException.class,
                () -> s.store(new ByteArrayInputStream(pdf(1_000_000)), "licence.pdf", "BUSINESS_LICENCE", 7L));
        assertEquals("upload.error.noSpace", e.messageKey());
        assertEquals(List.of(), filesUnderRoot(), "the temporary file of the refused upload is removed");
        assertEquals(List.of(), databaseCalls);

        s.store(new ByteArrayInputStream(pdf(300_000)), "licence.pdf", "BUSINESS_LICENCE", 7L);
        assertEquals(1, filesUnderRoot().size(), "an upload that leaves the reserve free is stored");
        assertTrue(databaseCalls.contains("EntityManager.persist"), databaseCalls.toString());
    }

    @Test
    void withNoSpaceAtAllNothingIsEvenOpened() throws Exception {
        FileStore store = new FileStore(root, UUID::randomUUID, dir -> 10, temp -> {
            throw new AssertionError("no temporary file is opened when the reserve is gone already");
        });
        DomainException e = assertThrows(DomainException.class, () -> service(store, 1)
                .store(new ByteArrayInputStream(pdf(50_000)), "licence.pdf", "BUSINESS_LICENCE", 7L));
        assertEquals("upload.error.noSpace", e.messageKey());
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void aHeldUploadOfAFormRespectsTheReserveToo() throws Exception {
        TempUploads held = new TempUploads(root.resolve("tmp/uploads"), Clock.fixed(NOW, ZoneOffset.UTC));
        DomainException e = assertThrows(DomainException.class,
                () -> held.hold(new ByteArrayInputStream(pdf(50_000)), "scan.pdf", 1_000_000, Long.MAX_VALUE / 2));
        assertEquals("upload.error.noSpace", e.messageKey());
        assertEquals(List.of(), filesUnderRoot(), "nothing held");
        held.hold(new ByteArrayInputStream(pdf(50_000)), "scan.pdf", 1_000_000, 0);
        assertEquals(1, filesUnderRoot().size());
    }

    @Test
    void recognisesTheFileSystemsFullMessages() {
        assertTrue(FileStore.isNoSpace(new IOException("No space left on device")));
        assertTrue(FileStore.isNoSpace(new IOException("write failed", new IOException("Disk quota exceeded"))));
        assertTrue(!FileStore.isNoSpace(new IOException("Permission denied")));
    }
}
