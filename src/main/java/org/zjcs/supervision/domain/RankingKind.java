package org.zjcs.supervision.domain;

/** What a ranking ranks: the party type in {@code due_item.party_type} whose own steps are timed. */
public enum RankingKind {
    DEPARTMENT, OWNER, FIRM
}
