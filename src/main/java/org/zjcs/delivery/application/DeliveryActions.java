package org.zjcs.delivery.application;

import java.io.Serializable;
import java.util.List;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableStatus;

/**
 * What the caller may do now with a notice's deliverable, the same rules {@link DeliveryService} applies when it acts
 * (the page shows only these forms; the service still refuses everything else). A serializable value, so that a
 * view-scoped page can keep the forms it showed for its postback.
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
     * For a party, from the versions (oldest first) and, for approval staff, the caller's department; {@link #NONE}
     * when {@code party} is null.
     */
    public static DeliveryActions of(DeliveryService.Party party, List<Deliverable> versions, Long myOrganisation) {
        if (party == null) {
            return NONE;
        }
        Deliverable last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        DeliverableStatus s = last == null ? null : last.getStatus();
        boolean submitted = s == DeliverableStatus.SUBMITTED;
        return new DeliveryActions(party == DeliveryService.Party.FIRM && (last == null || s.isReturned()),
                party == DeliveryService.Party.OWNER && submitted,
                party == DeliveryService.Party.FIRM && submitted,
                party == DeliveryService.Party.APPROVER && s == DeliverableStatus.ACCEPTED && myOrganisation != null
                        && last.checkOf(myOrganisation).isEmpty());
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
