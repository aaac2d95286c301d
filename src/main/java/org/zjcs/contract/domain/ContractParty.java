package org.zjcs.contract.domain;

/** The two parties of a contract: the owner unit of the notice and the winning firm. */
public enum ContractParty {
    OWNER, FIRM;

    public ContractParty other() {
        return this == OWNER ? FIRM : OWNER;
    }
}
