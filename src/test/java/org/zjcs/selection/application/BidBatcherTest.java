package org.zjcs.selection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.application.BidWriter.LedgerRow;
import org.zjcs.selection.application.BidWriter.NoticeTerms;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * The group commit of bids, without a container: the real queue and batch writer over an in-memory "database" whose
 * transaction runner keeps a batch's rows only when it commits, and can fail a commit or hold it.
 */
class BidBatcherTest {

    static final long NOTICE = 7;
    static final Instant DEADLINE = Instant.parse("2026-12-04T09:00:00Z");

    final Sealer sealer = new Sealer(new byte[32]);
    final MutableClock clock = new MutableClock(DEADLINE.minusSeconds(5));
    final FakeDb db = new FakeDb();
    final ExecutorService clients = Executors.newCachedThreadPool();
    GroupCommitQueue<BidSubmission, Receipt> queue;

    @AfterEach
    void stop() {
        db.hold.countDown();
        if (queue != null) {
            queue.stop(5000);
        }
        clients.shutdownNow();
    }

    GroupCommitQueue<BidSubmission, Receipt> start(int capacity, int maxBatch, long waitMillis, long timeoutMillis) {
        BidWriter writer = new BidWriter(db, clock, () -> sealer, (notice, firm, day) -> List.of());
        queue = new GroupCommitQueue<>(new GroupCommitQueue.Sizes(capacity, maxBatch, waitMillis, timeoutMillis),
                batch -> db.inTransaction(() -> writer.write(batch)), null, Executors.defaultThreadFactory());
        return queue;
    }

    BidSubmission bid(long firm, SubmissionKind action, String price) {
        return new BidSubmission(NOTICE, firm, EnrolmentService.tag(sealer, NOTICE, firm), action,
                price == null ? null : new BigDecimal(price), BusinessTime.dateOf(clock.instant()), 0);
    }

    Future<Receipt> send(BidSubmission s) {
        return clients.submit(() -> queue.submit(s));
    }

    static String refusal(Future<Receipt> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return ((DomainException) e.getCause()).messageKey();
        }
    }

    /** Holds the writer in the commit of a first batch (firm 999's enrolment) until db.hold is released. */
    Future<Receipt> holdTheWriter() throws Exception {
        db.holdNextCommit.set(true);
        Future<Receipt> first = send(bid(999, SubmissionKind.ENROL, "55000"));
        assertTrue(db.holding.await(10, TimeUnit.SECONDS), "the writer holds the first batch's commit");
        return first;
    }

    void awaitDepth(int n) throws InterruptedException {
        for (int i = 0; i < 1000 && queue.depth() < n; i++) {
            Thread.sleep(5);
        }
        assertEquals(n, queue.depth());
    }

    @Test
    void everyClientIsAnsweredWithItsOwnReceiptOnlyOnceItsBatchCommitted() throws Exception {
        start(100, 50, 5, 10_000);
        Map<Long, Boolean> committedWhenAnswered = new ConcurrentHashMap<>();
        List<Future<Receipt>> answers = new ArrayList<>();
        for (long firm = 1; firm <= 40; firm++) {
            long f = firm;
            BidSubmission s = bid(f, SubmissionKind.ENROL, "5" + (1000 + f));
            answers.add(clients.submit(() -> {
                Receipt r = queue.submit(s);
                committedWhenAnswered.put(f, db.committedHashes().contains(r.hash()));
                return r;
            }));
        }
        Set<String> hashes = new java.util.HashSet<>();
        for (Future<Receipt> a : answers) {
            Receipt r = a.get(10, TimeUnit.SECONDS);
            assertEquals(SubmissionKind.ENROL, r.kind());
            assertTrue(r.submittedAt().isBefore(DEADLINE));
            hashes.add(r.hash());
        }
        assertEquals(40, hashes.size(), "a receipt of its own for each client");
        assertEquals(hashes, db.committedHashes(), "every acknowledged submission is stored, once");
        assertEquals(40, committedWhenAnswered.size());
        assertFalse(committedWhenAnswered.containsValue(false), "no client heard of its receipt before the commit");
        assertTrue(db.commits.get() < 40, "submissions shared transactions (" + db.commits.get() + " commits)");
    }

    @Test
    void aRefusedSubmissionNeverFailsTheOthersOfItsBatch() throws Exception {
        start(100, 50, 0, 10_000);
        Future<Receipt> first = holdTheWriter();
        Future<Receipt> ok = send(bid(1, SubmissionKind.ENROL, "55000"));
        awaitDepth(1);
        Future<Receipt> tooHigh = send(bid(2, SubmissionKind.ENROL, "60000.01"));
        awaitDepth(2);
        Future<Receipt> notEnrolled = send(bid(3, SubmissionKind.REVISE, "55000"));
        awaitDepth(3);
        Future<Receipt> alsoOk = send(bid(4, SubmissionKind.ENROL, "52000"));
        awaitDepth(4);
        db.hold.countDown();
        assertNotNull(first.get(10, TimeUnit.SECONDS));
        assertNotNull(ok.get(10, TimeUnit.SECONDS));
        assertNotNull(alsoOk.get(10, TimeUnit.SECONDS));
        assertEquals("enrolment.error.priceRange", refusal(tooHigh));
        assertEquals("enrolment.error.notActive", refusal(notEnrolled));
        assertEquals(3, db.committedHashes().size());
        assertEquals(2, db.commits.get(), "the four of the second batch went in one transaction");
    }

    @Test
    void aDatabaseFailureFailsEveryClientOfTheBatchAndStoresNothing() throws Exception {
        start(100, 50, 0, 10_000);
        Future<Receipt> first = holdTheWriter();
        db.failTransaction.set(2); // the batch after the held one
        List<Future<Receipt>> batch = new ArrayList<>();
        for (long firm = 1; firm <= 5; firm++) {
            batch.add(send(bid(firm, SubmissionKind.ENROL, "55000")));
            awaitDepth((int) firm);
        }
        db.hold.countDown();
        assertNotNull(first.get(10, TimeUnit.SECONDS), "the batch before it committed");
        for (Future<Receipt> f : batch) {
            assertEquals("enrolment.error.notStored", refusal(f));
        }
        assertEquals(1, db.committedHashes().size(), "nothing of the failed batch is stored");
        // the next submission is taken normally
        assertEquals(SubmissionKind.ENROL, queue.submit(bid(1, SubmissionKind.ENROL, "55000")).kind());
    }

    @Test
    void aDeadlinePassingBetweenQueueingAndTheBatchRefusesTheSubmissionAsClosed() throws Exception {
        clock.set(DEADLINE.minusMillis(1));
        start(100, 50, 0, 10_000);
        Future<Receipt> first = holdTheWriter();
        Future<Receipt> late = send(bid(1, SubmissionKind.ENROL, "55000")); // queued before the deadline
        awaitDepth(1);
        clock.set(DEADLINE); // the deadline passes while it waits for the writer
        db.hold.countDown();
        Receipt before = first.get(10, TimeUnit.SECONDS);
        assertTrue(before.submittedAt().isBefore(DEADLINE), "the held batch's instant was before the deadline");
        assertEquals("enrolment.error.closed", refusal(late));
        assertEquals(Set.of(before.hash()), db.committedHashes(), "nothing stored at or after the deadline");
    }

    @Test
    void aFirmsSubmissionsApplyInTheOrderReceived() throws Exception {
        start(100, 50, 0, 10_000);
        Future<Receipt> first = holdTheWriter();
        List<Future<Receipt>> mine = new ArrayList<>();
        mine.add(send(bid(1, SubmissionKind.ENROL, "58000")));
        awaitDepth(1);
        mine.add(send(bid(1, SubmissionKind.REVISE, "57000")));
        awaitDepth(2);
        mine.add(send(bid(1, SubmissionKind.WITHDRAW, null)));
        awaitDepth(3);
        mine.add(send(bid(1, SubmissionKind.ENROL, "56000")));
        awaitDepth(4);
        mine.add(send(bid(1, SubmissionKind.REVISE, "55500")));
        awaitDepth(5);
        db.hold.countDown();
        first.get(10, TimeUnit.SECONDS);
        List<SubmissionKind> kinds = new ArrayList<>();
        for (Future<Receipt> f : mine) {
            kinds.add(f.get(10, TimeUnit.SECONDS).kind());
        }
        assertEquals(List.of(SubmissionKind.ENROL, SubmissionKind.REVISE, SubmissionKind.WITHDRAW, SubmissionKind.REENROL,
                SubmissionKind.REVISE), kinds);
        Enrolment e = db.enrolment(EnrolmentService.tag(sealer, NOTICE, 1));
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        assertEquals(mine.get(4).get().hash(), e.getReceiptHash(), "the last receipt counts");
        assertEquals("55500", sealer.open(EnrolmentService.priceContext(NOTICE, e.getFirmTag()), e.getPriceSealed()));
        assertEquals(5, e.getSubmissions());
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        start(2, 50, 0, 10_000);
        Future<Receipt> first = holdTheWriter();
        Future<Receipt> a = send(bid(1, SubmissionKind.ENROL, "55000"));
        Future<Receipt> b = send(bid(2, SubmissionKind.ENROL, "55000"));
        awaitDepth(2);
        DomainException full = assertThrows(DomainException.class, () -> queue.submit(bid(3, SubmissionKind.ENROL, "55000")));
        assertEquals("enrolment.error.busy", full.messageKey());
        db.hold.countDown();
        first.get(10, TimeUnit.SECONDS);
        a.get(10, TimeUnit.SECONDS);
        b.get(10, TimeUnit.SECONDS);
        assertEquals(3, db.committedHashes().size(), "the refused one was never stored");
    }

    @Test
    void aClientThatWaitedTooLongIsRefusedOnlyIfItsSubmissionWasNeverTaken() throws Exception {
        start(100, 50, 0, 300);
        Future<Receipt> inFlight = holdTheWriter();
        Future<Receipt> queued = send(bid(1, SubmissionKind.ENROL, "55000"));
        awaitDepth(1);
        assertEquals("enrolment.error.busy", refusal(queued), "still queued after the timeout: refused, removed");
        assertEquals(0, queue.depth());
        Thread.sleep(300); // the first batch is now in its commit for longer than the timeout
        db.hold.countDown();
        Receipt r = inFlight.get(10, TimeUnit.SECONDS);
        assertTrue(db.committedHashes().contains(r.hash()), "the taken one waited for its commit and got its receipt");
        assertEquals(1, db.committedHashes().size(), "the refused one was never stored");
    }

    // ---- fakes ----

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** One notice; the rows of a transaction are kept only when it commits; a commit can be held or made to fail. */
    static final class FakeDb implements BidWriter.Store {
        final NoticeTerms notice = new NoticeTerms(NOTICE, NoticeStatus.PUBLISHED, DEADLINE, SelectionMethod.LOWEST_PRICE,
                new BigDecimal("50000.00"), new BigDecimal("60000.00"), 0);
        final Map<String, Enrolment> enrolments = new HashMap<>();
        final List<LedgerRow> ledger = new ArrayList<>();
        final AtomicInteger commits = new AtomicInteger();
        /** The number of the transaction (1, 2, …) whose commit fails; 0: none. */
        final AtomicInteger failTransaction = new AtomicInteger();
        final AtomicInteger transactions = new AtomicInteger();
        final AtomicBoolean holdNextCommit = new AtomicBoolean();
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch hold = new CountDownLatch(1);
        private List<Enrolment> pendingCreated = new ArrayList<>();
        private List<LedgerRow> pendingLedger = new ArrayList<>();

        synchronized <T> T inTransaction(Supplier<T> work) {
            pendingCreated = new ArrayList<>();
            pendingLedger = new ArrayList<>();
            int number = transactions.incrementAndGet();
            T result = work.get();
            if (holdNextCommit.getAndSet(false)) {
                holding.countDown();
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failTransaction.get() == number) {
                throw new IllegalStateException("commit failed: connection lost");
            }
            pendingCreated.forEach(e -> enrolments.put(e.getFirmTag(), e));
            ledger.addAll(pendingLedger);
            commits.incrementAndGet();
            return result;
        }

        synchronized Set<String> committedHashes() {
            Set<String> out = new java.util.HashSet<>();
            ledger.forEach(l -> out.add(l.receiptHash()));
            return out;
        }

        synchronized Enrolment enrolment(String tag) {
            return enrolments.get(tag);
        }

        @Override
        public Map<Long, NoticeTerms> lockNotices(SortedSet<Long> ids) {
            return ids.contains(NOTICE) ? Map.of(NOTICE, notice) : Map.of();
        }

        @Override
        public Map<String, Enrolment> lockEnrolments(long noticeId, Collection<String> tags) {
            Map<String, Enrolment> out = new HashMap<>();
            tags.forEach(t -> {
                if (enrolments.containsKey(t)) {
                    out.put(t, enrolments.get(t));
                }
            });
            return out;
        }

        @Override
        public void store(List<Enrolment> created, List<LedgerRow> rows) {
            pendingCreated.addAll(created);
            pendingLedger.addAll(rows);
        }
    }
}
