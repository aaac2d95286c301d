package org.zjcs.contract.application;

import java.io.Serializable;
import java.util.List;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ExtensionStatus;
import org.zjcs.procurement.domain.NoticeStatus;

/**
 * What the caller may do now with a notice's contract, the same rules the {@link org.zjcs.contract.domain.Contract} aggregate applies when it acts
 * (the pages show only these forms; the service still refuses everything else). A serializable value, so that a
 * view-scoped page can keep the forms it showed for its postback.
 */
public final class ContractActions implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A caller who is not a party may do nothing. */
    public static final ContractActions NONE = new ContractActions(false, false, false, false, false, false);

    private final boolean submit;
    private final boolean answer;
    private final boolean waiting;
    private final boolean decline;
    private final boolean requestExtension;
    private final boolean answerExtension;

    private ContractActions(boolean submit, boolean answer, boolean waiting, boolean decline, boolean requestExtension,
                            boolean answerExtension) {
        this.submit = submit;
        this.answer = answer;
        this.waiting = waiting;
        this.decline = decline;
        this.requestExtension = requestExtension;
        this.answerExtension = answerExtension;
    }

    /**
     * For a party of the notice, from the notice's status, the current winner's versions (oldest first) and the
     * extension requests; {@link #NONE} when {@code party} is null.
     */
    public static ContractActions of(ContractParty party, NoticeStatus status, List<ContractVersion> versions,
                                     List<ContractExtension> extensions) {
        if (party == null) {
            return NONE;
        }
        ContractVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        boolean awarded = status == NoticeStatus.AWARDED;
        // filing: while awarded, the first version by either party, or a corrected one by the uploader of a returned one
        boolean submit = awarded && (last == null
                || last.getStatus() == ContractStatus.RETURNED && last.getUploaderParty() == party);
        boolean pending = awarded && last != null && last.getStatus() == ContractStatus.SUBMITTED;
        boolean running = status == NoticeStatus.CONTRACTED || status == NoticeStatus.IN_SERVICE;
        boolean extensionPending = extensions.stream().anyMatch(e -> e.getStatus() == ExtensionStatus.REQUESTED);
        return new ContractActions(submit, pending && last.getUploaderParty() != party,
                pending && last.getUploaderParty() == party, awarded && party == ContractParty.FIRM,
                running && party == ContractParty.FIRM && !extensionPending,
                running && party == ContractParty.OWNER && extensionPending);
    }

    /** File the signed contract (or a corrected version of the one returned to the caller). */
    public boolean canSubmit() {
        return submit;
    }

    /** Confirm or return the version the other party filed. */
    public boolean canAnswer() {
        return answer;
    }

    /** The caller filed the version awaiting the other party. */
    public boolean isWaiting() {
        return waiting;
    }

    /** Decline the award (放弃中选): the awarded firm while the notice is AWARDED. */
    public boolean canDecline() {
        return decline;
    }

    /** Ask to extend the service period: the winning firm while the contract runs and no request is open. */
    public boolean canRequestExtension() {
        return requestExtension;
    }

    /** Approve or refuse the open extension request: the owner unit. */
    public boolean canAnswerExtension() {
        return answerExtension;
    }
}
