package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentRepository;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingService;

/** The sealed enrolments of a notice opened at its deadline, and the entries already opened (a direct pick, a further round). */
@ApplicationScoped
@Transactional
public class OpenedEntries {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SealingService sealing;

    /** Opens the active enrolments of a notice that just closed: the firm and price are written in clear. */
    public List<OpenedEntry> open(Notice n) {
        Sealer sealer = sealing.sealer();
        List<OpenedEntry> opened = new ArrayList<>();
        for (Enrolment e : enrolments.ofNotice(n.getId())) {
            if (e.getStatus() != EnrolmentStatus.ACTIVE) {
                continue;
            }
            long firm = Long.parseLong(sealer.open(EnrolmentService.firmContext(n.getId(), e.getFirmTag()), e.getFirmSealed()));
            BigDecimal price = e.getPriceSealed() == null ? null
                    : new BigDecimal(sealer.open(EnrolmentService.priceContext(n.getId(), e.getFirmTag()), e.getPriceSealed()));
            e.open(firm, price);
            opened.add(new OpenedEntry(firm, price, e.getReceiptHash()));
        }
        enrolments.flush();
        return opened;
    }

    /** The entries of a notice already opened. */
    public List<OpenedEntry> of(long noticeId) {
        return enrolments.ofNotice(noticeId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ACTIVE && e.getFirmId() != null)
                .map(e -> new OpenedEntry(e.getFirmId(), e.getOpenedPrice(), e.getReceiptHash())).toList();
    }

    /** Whether the firm's enrolment on the notice was opened (an enrolled firm, after the deadline). */
    public boolean isEnrolled(long noticeId, long firmId) {
        return of(noticeId).stream().anyMatch(o -> o.firmId() == firmId);
    }

    /** The receipt hashes of every submission on the notice (the ledger), in the order they were stored. */
    public List<String> ledger(long noticeId) {
        return enrolments.ledger(noticeId);
    }
}
