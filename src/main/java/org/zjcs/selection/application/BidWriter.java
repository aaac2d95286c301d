package org.zjcs.selection.application;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.application.GroupCommitQueue.Decision;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * Writes one batch of bid submissions inside the caller's transaction (GroupCommitQueue's writer): share-locks the
 * batch's notices (in id order), reads the clock once AFTER the locks (the batch's instant: every submission of the
 * batch is checked against the deadline and stamped with it), locks the batch's enrolments per notice in one query,
 * decides each submission in the order received (a firm's second submission in the batch sees its first), and stores
 * the accepted ones with their ledger rows. A refusal is a decision for that submission only; nothing is thrown
 * through the transaction for it.
 *
 * <p>What the request thread checked before queueing (price range, eligibility without the enrolment state) is
 * checked again here when it could have changed: the price against the locked notice's terms always (no query), the
 * eligibility when the notice changed since (its version) or the batch's day is not the day it was checked.
 */
public final class BidWriter {

    private static final SecureRandom NONCES = new SecureRandom();

    /** A notice's terms as the batch found them under its share lock. */
    public record NoticeTerms(long id, NoticeStatus status, Instant deadline, SelectionMethod method,
                              BigDecimal priceFloor, BigDecimal priceCeiling, long version) {

        boolean openAt(Instant now) {
            return status == NoticeStatus.PUBLISHED && now.isBefore(deadline);
        }
    }

    /** One accepted submission's ledger row, written after its enrolment has an id. */
    public record LedgerRow(Enrolment enrolment, SubmissionKind kind, Instant at, String receiptHash) {
    }

    /** The database, as the batch needs it (inside one transaction). */
    public interface Store {
        /** Share-locks the notices (in the order given) and returns the terms of those that exist and are not drafts. */
        Map<Long, NoticeTerms> lockNotices(SortedSet<Long> ids);

        /** The enrolments of the notice with these tags, locked for update, by tag. */
        Map<String, Enrolment> lockEnrolments(long noticeId, Collection<String> tags);

        /** Stores new enrolments, changed ones and the ledger rows, in one go. */
        void store(List<Enrolment> created, List<LedgerRow> ledger);
    }

    /** Eligibility of the firm on the day, without the enrolment state (checked again inside the batch). */
    @FunctionalInterface
    public interface Eligibility {
        List<Failure> check(long noticeId, long firmId, LocalDate day);
    }

    private final Store store;
    private final Clock clock;
    private final Supplier<Sealer> sealer;
    private final Eligibility eligibility;

    public BidWriter(Store store, Clock clock, Supplier<Sealer> sealer, Eligibility eligibility) {
        this.store = store;
        this.clock = clock;
        this.sealer = sealer;
        this.eligibility = eligibility;
    }

    public List<Decision<Receipt>> write(List<BidSubmission> batch) {
        SortedSet<Long> ids = new TreeSet<>();
        batch.forEach(s -> ids.add(s.noticeId()));
        Map<Long, NoticeTerms> terms = store.lockNotices(ids);
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        Sealer s = sealer.get();
        Map<Long, Map<String, Enrolment>> mine = new HashMap<>();
        Map<Long, Set<String>> tags = new LinkedHashMap<>();
        batch.stream().filter(b -> terms.containsKey(b.noticeId()))
                .forEach(b -> tags.computeIfAbsent(b.noticeId(), k -> new LinkedHashSet<>()).add(b.tag()));
        tags.forEach((notice, t) -> mine.put(notice, new HashMap<>(store.lockEnrolments(notice, t))));
        List<Decision<Receipt>> out = new ArrayList<>(batch.size());
        List<Enrolment> created = new ArrayList<>();
        List<LedgerRow> ledger = new ArrayList<>();
        for (BidSubmission b : batch) {
            try {
                out.add(Decision.accepted(decide(b, terms.get(b.noticeId()), now, today, s, mine.get(b.noticeId()),
                        created, ledger)));
            } catch (DomainException refused) {
                out.add(Decision.refused(refused));
            }
        }
        if (!ledger.isEmpty()) {
            store.store(created, ledger);
        }
        return out;
    }

    private Receipt decide(BidSubmission b, NoticeTerms n, Instant now, LocalDate today, Sealer sealer,
                           Map<String, Enrolment> enrolments, List<Enrolment> created, List<LedgerRow> ledger) {
        if (n == null) {
            throw new DomainException("notice.error.notFound");
        }
        if (!n.openAt(now)) {
            throw new DomainException(n.status() == NoticeStatus.CANCELLED ? "enrolment.error.cancelled"
                    : "enrolment.error.closed");
        }
        BigDecimal price = b.action() == SubmissionKind.WITHDRAW ? null : checkPrice(n, b.price());
        Enrolment e = enrolments.get(b.tag());
        boolean active = e != null && e.getStatus() == EnrolmentStatus.ACTIVE;
        SubmissionKind kind = switch (b.action()) {
            case ENROL, REENROL -> {
                if (active) {
                    throw new DomainException("eligibility.ALREADY_ENROLLED");
                }
                yield e == null ? SubmissionKind.ENROL : SubmissionKind.REENROL;
            }
            case REVISE, WITHDRAW -> {
                if (!active) {
                    throw new DomainException("enrolment.error.notActive");
                }
                yield b.action();
            }
        };
        if (kind != SubmissionKind.WITHDRAW && (n.version() != b.noticeVersion() || !today.equals(b.checkedOn()))) {
            List<Failure> failures = eligibility.check(n.id(), b.firmId(), today);
            if (!failures.isEmpty()) {
                throw new DomainException(failures.get(0).messageKey(), failures.get(0).args().toArray());
            }
        }
        long noticeId = n.id();
        String nonce = HexFormat.of().formatHex(randomBytes());
        String receiptHash = Receipt.hash(noticeId, b.firmId(), kind, price, now, nonce);
        String priceSealed = price == null ? null : sealer.seal(EnrolmentService.priceContext(noticeId, b.tag()),
                price.toPlainString());
        String nonceSealed = sealer.seal(EnrolmentService.nonceContext(noticeId, b.tag()), nonce);
        if (e == null) {
            e = new Enrolment(noticeId, b.tag(), sealer.seal(EnrolmentService.firmContext(noticeId, b.tag()),
                    Long.toString(b.firmId())), priceSealed, receiptHash, now, nonceSealed);
            created.add(e);
            enrolments.put(b.tag(), e);
        } else {
            e.submit(kind, priceSealed, receiptHash, now, nonceSealed);
        }
        ledger.add(new LedgerRow(e, kind, now, receiptHash));
        return new Receipt(noticeId, kind, now, receiptHash);
    }

    /** The price against the terms under the lock: one for the price methods, within floor and ceiling; none otherwise. */
    static BigDecimal checkPrice(NoticeTerms n, BigDecimal price) {
        if (!EnrolmentService.priced(n.method())) {
            if (price != null) {
                throw new DomainException("enrolment.error.noPrice");
            }
            return null;
        }
        if (price == null) {
            throw new DomainException("enrolment.error.priceRange", n.priceFloor().toPlainString(),
                    n.priceCeiling().toPlainString());
        }
        if (price.compareTo(n.priceFloor()) < 0 || price.compareTo(n.priceCeiling()) > 0) {
            throw new DomainException("enrolment.error.priceRange", n.priceFloor().toPlainString(),
                    n.priceCeiling().toPlainString());
        }
        return price;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        NONCES.nextBytes(b);
        return b;
    }
}
