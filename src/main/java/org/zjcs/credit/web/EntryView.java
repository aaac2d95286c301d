package org.zjcs.credit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.EntryState;
import org.zjcs.shared.storage.FileRef;

/** A list entry as pages show it (EL reads getters): with the firm's name and its state on the day shown. */
public class EntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long firmId;
    private final String firmName;
    private final String kind;
    private final String reason;
    private final String legalBasis;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final EntryState state;
    private final LocalDate endedOn;
    private final String endReason;
    private final List<FileRef> evidence;
    private final LocalDate repairableFrom;

    public EntryView(CreditListEntry e, String firmName, LocalDate today, int repairMinDays) {
        this.id = e.getId();
        this.firmId = e.getFirmId();
        this.firmName = firmName;
        this.kind = e.getKind().name();
        this.reason = e.getReason();
        this.legalBasis = e.getLegalBasis();
        this.startDate = e.getStartDate();
        this.endDate = e.getEndDate();
        this.state = e.stateOn(today);
        this.endedOn = e.getEndedOn();
        this.endReason = e.getEndReason();
        this.evidence = e.getEvidence();
        this.repairableFrom = e.repairableFrom(repairMinDays);
    }

    public long getId() {
        return id;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getFirmName() {
        return firmName;
    }

    public String getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getState() {
        return state.name();
    }

    public boolean isOver() {
        return state.isOver();
    }

    public boolean isCurrent() {
        return state == EntryState.CURRENT;
    }

    public boolean isBlack() {
        return "BLACK".equals(kind);
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<FileRef> getEvidence() {
        return evidence;
    }

    public LocalDate getRepairableFrom() {
        return repairableFrom;
    }
}
