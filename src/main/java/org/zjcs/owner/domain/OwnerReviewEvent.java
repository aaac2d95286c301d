package org.zjcs.owner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zjcs.security.domain.ReviewAction;
import org.zjcs.security.domain.ReviewStep;

/** One step of an owner registration's review history; never changed. */
@Entity
@Table(name = "owner_review_event")
@NamedQuery(name = "OwnerReviewEvent.ofOwner", query = "SELECT e FROM OwnerReviewEvent e WHERE e.ownerId = :owner ORDER BY e.id")
public class OwnerReviewEvent extends ReviewStep {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    protected OwnerReviewEvent() {
    }

    public OwnerReviewEvent(long ownerId, ReviewAction action, String reason, String actor, Instant at) {
        super(action, reason, actor, at);
        this.ownerId = ownerId;
    }
}
