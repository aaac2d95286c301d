package org.zjcs.supervision.domain;

/** Who must take a due step ({@code due_item.party_type}); named on pages by {@code due.party.<NAME>}. */
public enum PartyType {
    FIRM, OWNER, DEPARTMENT, REGULATOR, OPERATOR;

    public String messageKey() {
        return "due.party." + name();
    }
}
