package org.zjcs.contract.domain;

/**
 * Who missed a time limit of a contract filing: the firm, the owner unit, both or neither. Only a late firm gets the
 * credit event {@code CONTRACT_FILED_LATE}; a late owner unit is flagged and counted for supervision.
 */
public record Blame(boolean firmLate, boolean ownerLate) {

    public static final Blame NONE = new Blame(false, false);

    public boolean anyone() {
        return firmLate || ownerLate;
    }

    /** This blame with {@code party} late too. */
    public Blame and(ContractParty party) {
        return party == ContractParty.FIRM ? new Blame(true, ownerLate) : new Blame(firmLate, true);
    }
}
