package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;

/**
 * One generation of the index: a directory {@code g<millis>} under the index's base directory, its one
 * {@link IndexWriter} and a near-real-time {@link SearcherManager} over the writer; {@code mark} is the watermark
 * (the last change-log id applied). The base directory names the serving generation in the file {@code CURRENT},
 * replaced atomically when a rebuilt generation is swapped in.
 */
public final class IndexGeneration {

    private static final String CURRENT = "CURRENT";
    private static final double RAM_BUFFER_MB = 64;
    private static final Logger LOG = Logger.getLogger(IndexGeneration.class.getName());

    private final Path path;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager manager;
    private final IndexSearch search;
    private volatile long mark;

    /** Opens (or creates) the generation at {@code path}; its watermark is the one of its last commit (-1: none). */
    public static IndexGeneration open(Path path) throws IOException {
        return open(path, null);
    }

    /** As {@link #open(Path)}, each search spread over the segments on {@code searchThreads} (null: one thread). */
    public static IndexGeneration open(Path path, Executor searchThreads) throws IOException {
        long mark;
        try (FSDirectory probe = FSDirectory.open(path)) {
            mark = IndexUpdates.lastApplied(probe);
        }
        return new IndexGeneration(path, mark, searchThreads);
    }

    /** A new, empty generation at {@code path} that will start from watermark {@code mark}. */
    public static IndexGeneration create(Path path, long mark) throws IOException {
        return create(path, mark, null);
    }

    /** As {@link #create(Path, long)}, searching on {@code searchThreads} (null: one thread). */
    public static IndexGeneration create(Path path, long mark, Executor searchThreads) throws IOException {
        return new IndexGeneration(path, mark, searchThreads);
    }

    private IndexGeneration(Path path, long mark, Executor searchThreads) throws IOException {
        this.path = path;
        this.dir = FSDirectory.open(path);
        IndexWriter w;
        try {
            // a larger buffer than the default 16 MB: fewer, larger segments during a rebuild from several threads
            w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        this.writer = w;
        // with threads, one search's segments are searched side by side (a search with 100,000 hits at province scale
        // takes the time of its largest slice instead of all of them); without, on the caller's thread
        this.manager = new SearcherManager(w, searchThreads == null ? null : new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, searchThreads);
            }
        });
        this.search = new IndexSearch(dir, SearchAnalyzers.forIndex());
        this.mark = mark;
    }

    public Path path() {
        return path;
    }

    public IndexWriter writer() {
        return writer;
    }

    public long mark() {
        return mark;
    }

    public void mark(long mark) {
        this.mark = mark;
    }

    /** Commits the writer with the watermark and makes what was written visible to the next searches. */
    public void commit(long newMark) throws IOException {
        IndexUpdates.commit(writer, newMark);
        manager.maybeRefreshBlocking();
        this.mark = newMark;
    }

    /** Searches the current near-real-time reader; {@link AlreadyClosedException} when this generation was closed. */
    public SearchResult search(SearchQuery q) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return search.search(s, q);
        } finally {
            manager.release(s);
        }
    }

    /** Notices in the current reader; {@link AlreadyClosedException} when this generation was closed. */
    public long documents() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            manager.release(s);
        }
    }

    /** Documents of each kind in the current reader. */
    public java.util.Map<org.zjcs.search.domain.SearchKind, Long> documentsPerKind() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return IndexSearch.countsPerKind(s);
        } finally {
            manager.release(s);
        }
    }

    /** Suggestions from the current reader. */
    public java.util.List<org.zjcs.search.domain.SearchResult.Suggestion> suggest(String text,
            org.zjcs.search.domain.SearchKind kind, int max) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return search.suggest(s, text, kind, max);
        } finally {
            manager.release(s);
        }
    }

    /** Closes reader, writer and directory (logged, never thrown). */
    public void close() {
        try {
            manager.close();
            writer.close();
            dir.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "closing the search index " + path + " failed", e);
        }
    }

    /** The generation {@code CURRENT} names in {@code base}, or null. */
    public static Path current(Path base) throws IOException {
        Path f = base.resolve(CURRENT);
        if (!Files.exists(f)) {
            return null;
        }
        String name = Files.readString(f, StandardCharsets.UTF_8).strip();
        return name.isEmpty() ? null : base.resolve(name);
    }

    /** A path for a new generation in {@code base}. */
    public static Path fresh(Path base) {
        return base.resolve("g" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
    }

    /** Names {@code generation} in {@code CURRENT} (written aside, then moved over it atomically). */
    public static void makeCurrent(Path base, Path generation) throws IOException {
        Path tmp = base.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, base.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the generations other than {@code keep} (left by an interrupted rebuild or an old swap). */
    public static void removeOthers(Path base, Path keep) throws IOException {
        try (Stream<Path> s = Files.list(base)) {
            s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("g") && !p.equals(keep))
                    .forEach(IndexGeneration::deleteTree);
        }
    }

    /** Deletes a directory and everything in it (logged when it cannot). */
    public static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + p, e);
        }
    }
}
