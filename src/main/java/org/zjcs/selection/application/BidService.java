package org.zjcs.selection.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.error.DomainException;

/**
 * The bid path (REST and the notice page): a firm's enrolment, revision or withdrawal is checked on the request
 * thread (EnrolmentService.prepare), then queued for the group commit (GroupCommitQueue): one writer on a managed
 * thread stores waiting submissions in one transaction (BidWriter) and each firm gets its receipt once that
 * transaction committed. Sizes: {@code zjcs.bids.queue.capacity}, {@code zjcs.bids.batch.max},
 * {@code zjcs.bids.batch.wait-ms}, {@code zjcs.bids.client.timeout-ms} (docs/operations.md). Meters: {@code zjcs_bids_*}.
 */
@ApplicationScoped
public class BidService {

    public static final String ACKNOWLEDGED = "zjcs_bids_acknowledged";
    public static final String REFUSED = "zjcs_bids_refused";
    public static final String QUEUE_DEPTH = "zjcs_bid_queue_depth";
    public static final String BATCH_SIZE = "zjcs_bid_batch_size";
    public static final String BATCH_COMMIT = "zjcs_bid_batch_commit";
    public static final String BATCH_FAILED = "zjcs_bid_batches_failed";

    @Inject
    EnrolmentService enrolments;

    @Inject
    BidStore store;

    @Inject
    SealingService sealing;

    @Inject
    BidTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "zjcs.bids.queue.capacity", defaultValue = "5000")
    int capacity;

    @Inject
    @ConfigProperty(name = "zjcs.bids.batch.max", defaultValue = "200")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "zjcs.bids.batch.wait-ms", defaultValue = "2")
    long maxWaitMillis;

    @Inject
    @ConfigProperty(name = "zjcs.bids.client.timeout-ms", defaultValue = "15000")
    long clientTimeoutMillis;

    private GroupCommitQueue<BidSubmission, Receipt> queue;
    private Counter acknowledged;
    private Histogram batchSizes;
    private Timer batchCommit;
    private Counter batchesFailed;

    @PostConstruct
    void init() {
        BidWriter writer = new BidWriter(store, clock, sealing::sealer, store);
        acknowledged = metrics.counter(ACKNOWLEDGED);
        batchSizes = metrics.histogram(BATCH_SIZE);
        batchCommit = metrics.timer(BATCH_COMMIT);
        batchesFailed = metrics.counter(BATCH_FAILED);
        queue = new GroupCommitQueue<>(new GroupCommitQueue.Sizes(capacity, maxBatch, maxWaitMillis, clientTimeoutMillis),
                batch -> transactions.inNewTransaction(() -> writer.write(batch)),
                new GroupCommitQueue.Listener() {
                    @Override
                    public void written(int size, long nanos) {
                        batchSizes.update(size);
                        batchCommit.update(java.time.Duration.ofNanos(nanos));
                    }

                    @Override
                    public void failed(int size, Throwable error) {
                        batchSizes.update(size);
                        batchesFailed.inc();
                    }
                }, threads);
        metrics.gauge(QUEUE_DEPTH, queue, GroupCommitQueue::depth);
    }

    @PreDestroy
    void stop() {
        if (queue != null) {
            queue.stop(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** The logged-in firm enrols (again, after a withdrawal), with a price for the price methods. */
    public Receipt enrol(long noticeId, BigDecimal price) {
        return submit(noticeId, SubmissionKind.ENROL, price);
    }

    /** The logged-in firm revises its price (price methods only); the new price counts. */
    public Receipt revise(long noticeId, BigDecimal price) {
        return submit(noticeId, SubmissionKind.REVISE, price);
    }

    /** The logged-in firm withdraws its enrolment; it may enrol again before the deadline. */
    public Receipt withdraw(long noticeId) {
        return submit(noticeId, SubmissionKind.WITHDRAW, null);
    }

    private Receipt submit(long noticeId, SubmissionKind action, BigDecimal price) {
        try {
            Receipt r = queue.submit(enrolments.prepare(noticeId, action, price));
            acknowledged.inc();
            return r;
        } catch (DomainException e) {
            if (!e.messageKey().startsWith("security.")) {
                metrics.counter(REFUSED, new Tag("reason", e.messageKey())).inc();
            }
            throw e;
        }
    }

}
