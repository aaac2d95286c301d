package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentRepository;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.money.Money;
import org.zjcs.shared.time.BusinessTime;

/**
 * Enrolment and sealed bids (报名与密封报价): an eligible firm enrols on a published notice before its deadline, with a
 * price for the price methods; it may revise the price or withdraw, and enrol again, until the deadline; the last
 * submission counts. Each submission returns a receipt. The firm, the price and the receipt nonce are stored sealed;
 * before the deadline the only thing anyone else learns is the number of active enrolments. The server's clock decides
 * the deadline. Submissions are checked here ({@link #prepare}) and stored in batches by {@link BidService} (group
 * commit): each batch holds a shared lock on its notices, so closing a notice waits for it, and the batch's instant,
 * read after the lock, decides whether each submission is in time.
 *
 * <p>Submissions are recorded in their own append-only ledger ({@code enrolment_submission}: kind, time, receipt hash,
 * never the firm), not one by one in the audit chain, whose single head lock would line every bid of a storm up
 * behind one another; when the notice closes, the audit chain records the number of submissions and the SHA-256 of
 * the ledger (DeadlineClosing), so that a later change to it shows.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @Inject
    Guard guard;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    NoticeAccess notices;

    @Inject
    EligibilityService eligibility;

    @Inject
    SealingService sealing;

    @Inject
    Clock clock;

    /** The logged-in firm's standing on a notice: may it enrol (and if not, why), its enrolment, price and receipt. */
    public record Standing(boolean open, boolean priced, EnrolmentStatus status, BigDecimal price, Receipt receipt,
                           List<Failure> failures) {

        public boolean isEnrolled() {
            return status == EnrolmentStatus.ACTIVE;
        }

        public boolean isOpen() {
            return open;
        }

        public boolean isPriced() {
            return priced;
        }

        public EnrolmentStatus getStatus() {
            return status;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public Receipt getReceipt() {
            return receipt;
        }

        public List<Failure> getFailures() {
            return failures;
        }
    }

    /** How the logged-in firm stands on the notice. */
    public Standing myStanding(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = visible(noticeId);
        Instant now = clock.instant();
        Sealer sealer = sealing.sealer();
        String tag = tag(sealer, noticeId, me.organisationId());
        Optional<Enrolment> mine = enrolments.byTag(noticeId, tag);
        boolean active = mine.filter(e -> e.getStatus() == EnrolmentStatus.ACTIVE).isPresent();
        List<Failure> failures = n.isOpenAt(now)
                ? eligibility.check(n, me.organisationId(), BusinessTime.dateOf(now), active) : List.of();
        BigDecimal price = mine.map(Enrolment::getPriceSealed).map(p -> new BigDecimal(sealer.open(priceContext(noticeId, tag), p)))
                .orElse(null);
        Receipt receipt = mine.map(e -> new Receipt(noticeId, null, e.getSubmittedAt(), e.getReceiptHash())).orElse(null);
        return new Standing(n.isOpenAt(now), priced(n.getMethod()), mine.map(Enrolment::getStatus).orElse(null), price,
                receipt, failures);
    }

    /**
     * The request thread's part of a submission by the logged-in firm (enrol, revise, withdraw; BidService queues it
     * for its batch): refused at once when the notice is unknown or already closed by the server's clock, the price is
     * not one the notice takes, or the firm fails a rule of eligibility other than its enrolment state. Whether the
     * notice is still open and what the firm's enrolment allows are decided in the batch, at the batch's instant.
     */
    public BidSubmission prepare(long noticeId, SubmissionKind action, BigDecimal price) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = visible(noticeId);
        Instant now = clock.instant();
        if (!n.isOpenAt(now)) {
            // closed now is closed at any later instant: a correction moves the deadline only while open
            throw new DomainException(n.getStatus() == NoticeStatus.CANCELLED ? "enrolment.error.cancelled"
                    : "enrolment.error.closed");
        }
        if (action == SubmissionKind.REVISE && !priced(n.getMethod())) {
            throw new DomainException("enrolment.error.noPrice");
        }
        BigDecimal checked = action == SubmissionKind.WITHDRAW ? null : checkPrice(n, price);
        java.time.LocalDate day = BusinessTime.dateOf(now);
        if (action != SubmissionKind.WITHDRAW) {
            requireEligible(n, me.organisationId(), now, false);
        }
        return new BidSubmission(noticeId, me.organisationId(), tag(sealing.sealer(), noticeId, me.organisationId()),
                action, checked, day, n.getVersion());
    }

    /** The number of active enrolments: all that anyone learns of a notice's enrolments before its deadline. */
    public long enrolmentCount(long noticeId) {
        return enrolments.countActive(noticeId);
    }

    private void requireEligible(Notice n, long firmId, Instant now, boolean alreadyEnrolled) {
        List<Failure> failures = eligibility.check(n, firmId, BusinessTime.dateOf(now), alreadyEnrolled);
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            throw new DomainException(first.messageKey(), first.args().toArray());
        }
    }

    private Notice visible(long noticeId) {
        return notices.visible(noticeId);
    }

    /** A price for the price methods, within the notice's floor and ceiling; none for the others. */
    static BigDecimal checkPrice(Notice n, BigDecimal price) {
        if (!priced(n.getMethod())) {
            if (price != null) {
                throw new DomainException("enrolment.error.noPrice");
            }
            return null;
        }
        BigDecimal p = Money.yuan(price, "enrolment.field.price");
        if (p.compareTo(n.getPriceFloor()) < 0 || p.compareTo(n.getPriceCeiling()) > 0) {
            throw new DomainException("enrolment.error.priceRange", n.getPriceFloor().toPlainString(),
                    n.getPriceCeiling().toPlainString());
        }
        return p;
    }

    public static boolean priced(SelectionMethod m) {
        return m == SelectionMethod.LOWEST_PRICE || m == SelectionMethod.REASONABLE_PRICE || m == SelectionMethod.SCORED;
    }

    /** The keyed tag that finds a firm's enrolment on a notice without naming the firm. */
    public static String tag(Sealer sealer, long noticeId, long firmId) {
        return sealer.tag("enrolment|" + noticeId + "|" + firmId);
    }

    public static String firmContext(long noticeId, String tag) {
        return "enrolment|" + noticeId + "|" + tag + "|firm";
    }

    public static String priceContext(long noticeId, String tag) {
        return "enrolment|" + noticeId + "|" + tag + "|price";
    }

    public static String nonceContext(long noticeId, String tag) {
        return "enrolment|" + noticeId + "|" + tag + "|nonce";
    }

}
