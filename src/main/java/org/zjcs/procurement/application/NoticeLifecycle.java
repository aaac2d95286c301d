package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.event.AwardDeclined;
import org.zjcs.procurement.domain.event.AwardMade;
import org.zjcs.procurement.domain.event.BiddingClosed;
import org.zjcs.procurement.domain.event.ContractConfirmed;
import org.zjcs.procurement.domain.event.DeliverableAccepted;
import org.zjcs.procurement.domain.event.DeliverablePassed;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.PublicityResumed;
import org.zjcs.procurement.domain.event.PublicitySuspended;
import org.zjcs.procurement.domain.event.SelectionFailed;
import org.zjcs.procurement.domain.event.SelectionMade;
import org.zjcs.procurement.domain.event.ServiceStarted;
import org.zjcs.shared.change.ChangeLog;
import org.zjcs.shared.error.DomainException;

/**
 * The one place where the notice's life cycle moves because of what happened in another context: each
 * {@link NoticeEvent} is applied to its notice in the raiser's transaction ({@code MANDATORY}: an event outside a
 * transaction is a programming error). The notice itself refuses an illegal move.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeLifecycle {

    @Inject
    NoticeRepository notices;

    @Inject
    ChangeLog changeLog;

    void on(@Observes NoticeEvent event) {
        Notice n = notices.find(event.notice().value())
                .orElseThrow(() -> new DomainException("notice.error.notFound", event.notice().value()));
        if (event instanceof BiddingClosed) {
            n.close(event.at());
        } else if (event instanceof SelectionMade e) {
            n.announceResult(e.publicityEnds(), e.at());
        } else if (event instanceof SelectionFailed) {
            n.fail(event.at());
        } else if (event instanceof PublicitySuspended) {
            n.suspend(event.at());
        } else if (event instanceof PublicityResumed e) {
            n.resumePublicity(e.publicityEnds(), e.at());
        } else if (event instanceof AwardMade) {
            n.award(event.at());
        } else if (event instanceof AwardDeclined) {
            n.declineAward(event.at());
        } else if (event instanceof ContractConfirmed) {
            n.contracted(event.at());
        } else if (event instanceof ServiceStarted) {
            n.inService(event.at());
        } else if (event instanceof DeliverableAccepted) {
            n.delivered(event.at());
        } else if (event instanceof DeliverablePassed) {
            n.completed(event.at());
        }
        // the public page shows the state: the search index follows it (docs/search.md, "Life cycle")
        changeLog.record(ChangeLog.NOTICE, n.getId());
    }
}
