package org.zjcs.delivery.application;

import java.io.Serializable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableStatus;
import org.zjcs.delivery.domain.DeliveryParty;

/**
 * What the caller may do now with a notice's deliverable, the same rules {@link DeliverableHistory} applies when the
 * services act (the page shows only these forms; the services still refuse everything else). A serializable value, so
 * that a view-scoped page can keep the forms it showed for its postback.
 */
public final class DeliveryActions implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A caller who is not a party may do nothing. */
    public static final DeliveryActions NONE = new DeliveryActions(false, false, false, false);

    private final boolean submit;
    private final boolean answer;
    private final boolean waiting;
    private final boolean check;

    private DeliveryActions(boolean submit, boolean answer, boolean waiting, boolean check) {
        this.submit = submit;
        this.answer = answer;
        this.waiting = waiting;
        this.check = check;
    }

    /**
     * For a party, from the notice's deliverable and, for approval staff, the caller's department; {@link #NONE} when
     * {@code party} is null.
     */
    public static DeliveryActions of(DeliveryParty party, DeliverableHistory history, Long myOrganisation) {
        if (party == null) {
            return NONE;
        }
        DeliverableStatus s = history.latest().map(d -> d.getStatus()).orElse(null);
        boolean submitted = s == DeliverableStatus.SUBMITTED;
        return new DeliveryActions(party == DeliveryParty.FIRM && (s == null || s.isReturned()),
                party == DeliveryParty.OWNER && submitted,
                party == DeliveryParty.FIRM && submitted,
                party == DeliveryParty.APPROVER && myOrganisation != null && history.awaitsCheckBy(myOrganisation));
    }

    /** Upload a version: the winning firm, with no version open. */
    public boolean canSubmit() {
        return submit;
    }

    /** Accept or return the submitted version: the owner unit. */
    public boolean canAnswer() {
        return answer;
    }

    /** The firm's version awaits the owner's answer. */
    public boolean isWaiting() {
        return waiting;
    }

    /** Pass or return at the check: staff of a linked department that has not checked the accepted version. */
    public boolean canCheck() {
        return check;
    }
}
