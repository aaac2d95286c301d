package org.zjcs.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files a form received but has not used yet (docs/architecture.md, "Held uploads"): a form that fails validation
 * keeps them here, under {@code <data dir>/tmp/uploads}, so the user need not choose them again. They pass the same
 * checks as stored files when taken (not empty, PDF/JPEG/PNG by content, size limit; {@link FileStore#write}), are
 * read back when the form succeeds, and are deleted when released or by the sweep once older than {@link #MAX_AGE}.
 */
public final class TempUploads {

    /** A held file older than this is deleted by the sweep. */
    public static final Duration MAX_AGE = Duration.ofHours(1);

    private final FileStore store;
    private final Clock clock;

    public TempUploads(Path root, Clock clock) {
        this.store = new FileStore(root);
        this.clock = clock;
    }

    public Path root() {
        return store.root();
    }

    /** A file held: its key inside the temporary root, the name to show, its size and checked type. */
    public record Held(String key, String fileName, long size, StoredFileType type) {
    }

    /**
     * Checks and keeps an upload.
     *
     * @throws org.zjcs.shared.error.DomainException {@code upload.error.empty}, {@code upload.error.type},
     *         {@code upload.error.size}
     * @throws UncheckedIOException the file could not be written
     */
    public Held hold(InputStream in, String originalName, long maxBytes) {
        return hold(in, originalName, maxBytes, 0);
    }

    /**
     * As {@link #hold(InputStream, String, long)}, keeping {@code minFreeBytes} free in the file system (the storage
     * reserve, {@link FileStore#write(InputStream, long, long, java.time.Instant)}): {@code upload.error.noSpace} when the
     * upload would use it or the disk is full; nothing is left behind.
     */
    public Held hold(InputStream in, String originalName, long maxBytes, long minFreeBytes) {
        try (in) {
            FileStore.Written w = store.write(in, maxBytes, minFreeBytes, clock.instant());
            return new Held(w.storageKey(), FileNames.displayName(originalName), w.size(), w.type());
        } catch (IOException e) {
            if (FileStore.isNoSpace(e)) {
                org.zjcs.shared.error.DomainException full = new org.zjcs.shared.error.DomainException("upload.error.noSpace");
                full.initCause(e);
                throw full;
            }
            throw new UncheckedIOException(e);
        }
    }

    /** The content of a held file, or empty when it is gone (released, or swept after an hour). */
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(store.open(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Deletes a held file; false when it was not there any more. */
    public boolean release(String key) {
        try {
            return store.delete(key);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Deletes every held file last written before {@code now - maxAge}; returns how many. */
    public int sweep(Duration maxAge) {
        Instant cutoff = clock.instant().minus(maxAge);
        Path root = store.root();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> old = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> modified(p).isBefore(cutoff)).forEach(old::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int deleted = 0;
        for (Path p : old) {
            try {
                if (Files.deleteIfExists(p)) {
                    deleted++;
                }
            } catch (IOException e) {
                // left for the next sweep
            }
        }
        return deleted;
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
