package org.zjcs.supervision.domain;

/**
 * The kinds of step that have a time limit, one {@code due_item} row per step (issue 17, docs/supervision.md "Time
 * limits: the due model"). The names are stored in {@code due_item.kind}: never rename one. Each kind names the party
 * that usually acts; {@link #CONTRACT_ANSWER} is answered by whichever party did not upload, so its rows carry their own
 * party type.
 */
public enum DueKind {
    /** The operator reviews a firm's or owner unit's (re)submitted registration. */
    REGISTRATION_REVIEW(PartyType.OPERATOR),
    /** The operator reviews a qualification a firm added or renewed. */
    QUALIFICATION_REVIEW(PartyType.OPERATOR),
    /** The owner answers an objection (质疑) to a selection result. */
    OBJECTION_ANSWER(PartyType.OWNER),
    /** The winning firm files the first upload of the signed contract after the award. */
    CONTRACT_UPLOAD(PartyType.FIRM),
    /** The other party confirms or returns an uploaded version of the contract. */
    CONTRACT_ANSWER(PartyType.OWNER),
    /** The winning firm uploads its first deliverable within the service time limit. */
    DELIVERABLE(PartyType.FIRM),
    /** The owner accepts or returns an uploaded version of the deliverable. */
    OWNER_ACCEPTANCE(PartyType.OWNER),
    /** One linked approval department checks an accepted version (one item per department and version). */
    DEPARTMENT_CHECK(PartyType.DEPARTMENT),
    /** The department's staff rate the quality of a version their department passed. */
    QUALITY_RATING(PartyType.DEPARTMENT),
    /** The owner evaluates the firm (好差评) after accepting its deliverable. */
    EVALUATION(PartyType.OWNER),
    /** A regulator decides a firm's appeal (申诉) of an evaluation. */
    APPEAL_REVIEW(PartyType.REGULATOR),
    /** A regulator answers a complaint or report (投诉举报). */
    COMPLAINT_ANSWER(PartyType.REGULATOR);

    private final PartyType party;

    DueKind(PartyType party) {
        this.party = party;
    }

    /** Who usually acts (the rows of {@link #CONTRACT_ANSWER} may name the firm instead). */
    public PartyType party() {
        return party;
    }

    /** True where the party that must act is one organisation (a regulator's and the operator's items have none). */
    public boolean hasPartyOrganisation() {
        return party != PartyType.OPERATOR && party != PartyType.REGULATOR;
    }

    public String messageKey() {
        return "due.kind." + name();
    }
}
