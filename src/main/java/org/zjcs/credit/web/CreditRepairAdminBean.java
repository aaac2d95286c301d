package org.zjcs.credit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditRepairService;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.credit.domain.RepairStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of regulator/credit-repairs.xhtml: the queue of applications; {@code ?id=} opens one to decide. */
@Named
@ViewScoped
public class CreditRepairAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditListService lists;

    @Inject
    CreditRepairService repairs;

    @Inject
    CreditViews views;

    private Long id;
    private String note;

    public List<RepairView> getPending() {
        return repairs.pendingRepairs().stream().map(this::view).toList();
    }

    public List<RepairView> getAll() {
        return repairs.repairs().stream().map(this::view).toList();
    }

    /** The application opened with {@code ?id=} while it waits for a decision; null otherwise. */
    public RepairView getSelected() {
        if (id == null) {
            return null;
        }
        return repairs.repair(id).filter(r -> r.getStatus() == RepairStatus.PENDING).map(this::view).orElse(null);
    }

    private RepairView view(CreditRepair r) {
        return new RepairView(r, views.firmName(r.getFirmId()),
                lists.entry(r.getEntryId()).map(e -> views.entries(List.of(e)).get(0)).orElse(null));
    }

    public void approve() {
        try {
            repairs.approveRepair(id == null ? -1 : id, note);
            Messages.info("credit.repairs.approved");
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void refuse() {
        try {
            repairs.refuseRepair(id == null ? -1 : id, note);
            Messages.info("credit.repairs.refused");
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
