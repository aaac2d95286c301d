package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.application.NoticeService;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.infrastructure.ZjcsPrincipal;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.EnrolmentSubmission;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.selection.infrastructure.EnrolmentRepository;
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
 * the deadline; a submission holds a shared lock on the notice, so closing the notice waits for it.
 *
 * <p>Submissions are recorded in their own append-only ledger ({@code enrolment_submission}: kind, time, receipt hash,
 * never the firm), not one by one in the audit chain, whose single head lock would line every bid of a storm up
 * behind one another; when the notice closes, the audit chain records the number of submissions and the SHA-256 of
 * the ledger (SelectionService), so that a later change to it shows.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    private static final SecureRandom NONCES = new SecureRandom();

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    NoticeService notices;

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
        ZjcsPrincipal me = Guard.requireRole(Role.FIRM);
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

    /** The logged-in firm enrols (again, after a withdrawal), with a price for the price methods. */
    public Receipt enrol(long noticeId, BigDecimal price) {
        ZjcsPrincipal me = Guard.requireRole(Role.FIRM);
        Open open = openForSubmissions(noticeId);
        Notice n = open.notice();
        Instant now = open.at();
        BigDecimal checked = checkPrice(n, price);
        Sealer sealer = sealing.sealer();
        String tag = tag(sealer, noticeId, me.organisationId());
        Optional<Enrolment> existing = enrolments.lockByTag(noticeId, tag);
        boolean active = existing.filter(e -> e.getStatus() == EnrolmentStatus.ACTIVE).isPresent();
        requireEligible(n, me.organisationId(), now, active);
        SubmissionKind kind = existing.isPresent() ? SubmissionKind.REENROL : SubmissionKind.ENROL;
        return submit(sealer, n, me.organisationId(), tag, existing, kind, checked, now);
    }

    /** The logged-in firm revises its price (price methods only); the new price counts. */
    public Receipt revise(long noticeId, BigDecimal price) {
        ZjcsPrincipal me = Guard.requireRole(Role.FIRM);
        Open open = openForSubmissions(noticeId);
        Notice n = open.notice();
        Instant now = open.at();
        if (!priced(n.getMethod())) {
            throw new DomainException("enrolment.error.noPrice");
        }
        BigDecimal checked = checkPrice(n, price);
        Sealer sealer = sealing.sealer();
        String tag = tag(sealer, noticeId, me.organisationId());
        Enrolment e = enrolments.lockByTag(noticeId, tag).filter(x -> x.getStatus() == EnrolmentStatus.ACTIVE)
                .orElseThrow(() -> new DomainException("enrolment.error.notActive"));
        requireEligible(n, me.organisationId(), now, false);
        return submit(sealer, n, me.organisationId(), tag, Optional.of(e), SubmissionKind.REVISE, checked, now);
    }

    /** The logged-in firm withdraws its enrolment; it may enrol again before the deadline. */
    public Receipt withdraw(long noticeId) {
        ZjcsPrincipal me = Guard.requireRole(Role.FIRM);
        Open open = openForSubmissions(noticeId);
        Notice n = open.notice();
        Instant now = open.at();
        Sealer sealer = sealing.sealer();
        String tag = tag(sealer, noticeId, me.organisationId());
        Enrolment e = enrolments.lockByTag(noticeId, tag).filter(x -> x.getStatus() == EnrolmentStatus.ACTIVE)
                .orElseThrow(() -> new DomainException("enrolment.error.notActive"));
        return submit(sealer, n, me.organisationId(), tag, Optional.of(e), SubmissionKind.WITHDRAW, null, now);
    }

    /** The number of active enrolments: all that anyone learns of a notice's enrolments before its deadline. */
    public long enrolmentCount(long noticeId) {
        return enrolments.countActive(noticeId);
    }

    private Receipt submit(Sealer sealer, Notice n, long firmId, String tag, Optional<Enrolment> existing,
                           SubmissionKind kind, BigDecimal price, Instant now) {
        long noticeId = n.getId();
        String nonce = HexFormat.of().formatHex(randomBytes(16));
        String receiptHash = Receipt.hash(noticeId, firmId, kind, price, now, nonce);
        String priceSealed = price == null ? null : sealer.seal(priceContext(noticeId, tag), price.toPlainString());
        String nonceSealed = sealer.seal(nonceContext(noticeId, tag), nonce);
        Enrolment e;
        if (existing.isPresent()) {
            e = existing.get();
            e.submit(kind, priceSealed, receiptHash, now, nonceSealed);
            enrolments.flush();
        } else {
            e = new Enrolment(noticeId, tag, sealer.seal(firmContext(noticeId, tag), Long.toString(firmId)), priceSealed,
                    receiptHash, now, nonceSealed);
            try {
                enrolments.add(e);
            } catch (PersistenceException twoAtOnce) {
                // the same firm enrolled twice at the same moment: the unique (notice, tag) key kept one
                throw new DomainException("eligibility.ALREADY_ENROLLED");
            }
        }
        enrolments.add(new EnrolmentSubmission(e.getId(), kind, now, receiptHash));
        return new Receipt(noticeId, kind, now, receiptHash);
    }

    private void requireEligible(Notice n, long firmId, Instant now, boolean alreadyEnrolled) {
        List<Failure> failures = eligibility.check(n, firmId, BusinessTime.dateOf(now), alreadyEnrolled);
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            throw new DomainException(first.messageKey(), first.args().toArray());
        }
    }

    /** A notice open for a submission, and the instant at which it was found open: the submission's time. */
    private record Open(Notice notice, Instant at) {
    }

    /**
     * The notice, share-locked, refused unless enrolment is open by the server's clock. The clock is read once, after
     * the lock: the submission is stamped with the instant that was checked, never with a later one.
     */
    private Open openForSubmissions(long noticeId) {
        if (!enrolments.shareLockNotice(noticeId)) {
            throw new DomainException("notice.error.notFound");
        }
        Notice n = visible(noticeId);
        Instant now = clock.instant();
        if (!n.isOpenAt(now)) {
            throw new DomainException(n.getStatus() == NoticeStatus.CANCELLED ? "enrolment.error.cancelled"
                    : "enrolment.error.closed");
        }
        return new Open(n, now);
    }

    private Notice visible(long noticeId) {
        return notices.publicNotice(noticeId).filter(n -> n.getStatus() != NoticeStatus.DRAFT)
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
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

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        NONCES.nextBytes(b);
        return b;
    }
}
