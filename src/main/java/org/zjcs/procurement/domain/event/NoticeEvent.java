package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/**
 * A fact another context tells procurement about one notice (docs/architecture.md, "Events"). The notice's life cycle
 * is procurement's: selection, contract and delivery raise these through CDI ({@code Event<NoticeEvent>}), and
 * procurement's {@code NoticeLifecycle} applies each one to the {@code Notice} synchronously, in the raiser's
 * transaction, so an illegal move refuses (and rolls back) the action that raised it.
 */
public sealed interface NoticeEvent permits BiddingClosed, SelectionMade, SelectionFailed, PublicitySuspended,
        PublicityResumed, AwardMade, AwardDeclined, ContractConfirmed, ServiceStarted, DeliverableAccepted,
        DeliverablePassed {

    NoticeId notice();

    Instant at();
}
