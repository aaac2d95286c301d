package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zjcs.security.domain.ReviewAction;
import org.zjcs.security.domain.ReviewStep;

/** One step of a firm registration's review history; never changed. */
@Entity
@Table(name = "firm_review_event")
@NamedQuery(name = "ReviewEvent.ofFirm", query = "SELECT e FROM ReviewEvent e WHERE e.firmId = :firm ORDER BY e.id")
public class ReviewEvent extends ReviewStep {

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    protected ReviewEvent() {
    }

    public ReviewEvent(long firmId, ReviewAction action, String reason, String actor, Instant at) {
        super(action, reason, actor, at);
        this.firmId = firmId;
    }
}
