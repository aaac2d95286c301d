package org.zjcs.credit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zjcs.security.application.Guard;
import org.zjcs.credit.application.CreditFindingService;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditParties;
import org.zjcs.credit.application.CreditRepairService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditFinding;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.credit.domain.RepairStatus;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.credit.web.CreditViews.EventView;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.UploadList;

/**
 * A firm's full credit file: for regulators on regulator/firm-credit.xhtml?id= (with the form for a finding of false
 * materials) and for the firm itself on firm/credit.xhtml (with the credit repair form).
 */
@Named
@ViewScoped
public class FirmCreditFileBean implements Serializable {

    @Inject
    Guard guard;

    private static final long serialVersionUID = 1L;
    /** The evidence files one form takes from the page. */
    static final int MAX_FILES = 3;

    @Inject
    CreditListService lists;

    @Inject
    CreditRepairService repairs;

    @Inject
    CreditFindingService findings;

    @Inject
    CreditParties parties;

    @Inject
    CreditService credit;

    @Inject
    CreditViews views;

    @Inject
    HeldFiles held;

    private Long id;
    private String reason;
    /** The entries the repair form offers (ids), decided once per view and again after an action of this view. */
    private ArrayList<Long> offered;
    private Long entryId;
    /** The evidence files of this page's form (finding or repair), kept across a failed submit. */
    private final UploadList evidence = new UploadList(MAX_FILES);

    /** firm/credit.xhtml: the caller's own organisation. */
    public void loadOwn() {
        id = guard.principal().map(ZjcsPrincipal::organisationId).orElse(null);
    }

    public boolean isFirm() {
        return id != null && parties.isFirm(id);
    }

    public String getFirmName() {
        return views.firmName(id);
    }

    public CreditStanding getStanding() {
        return credit.standing(id);
    }

    public List<EventView> getEvents() {
        return views.events(id);
    }

    public List<EntryView> getEntries() {
        return views.entries(lists.entriesOf(id));
    }

    public List<RepairView> getRepairs() {
        return repairs.repairsOf(id).stream()
                .map(r -> new RepairView(r, views.firmName(r.getFirmId()), null)).toList();
    }

    public List<CreditFinding> getFindings() {
        return findings.findingsOf(id);
    }

    /**
     * The firm's current black entries it may apply to repair (the repair form): those without an open application
     * (one at a time). Which entries the form offers is decided once per view and again after an action of this view,
     * so that the form disappears with the application that closes it, and a form still shown in an older page decodes
     * on its postback (the service then refuses a second application with a message).
     */
    public List<EntryView> getCurrentBlack() {
        List<EntryView> current = getEntries().stream().filter(e -> e.isBlack() && e.isCurrent()).toList();
        if (offered == null) {
            Set<Long> open = repairs.repairsOf(id).stream().filter(r -> r.getStatus() == RepairStatus.PENDING)
                    .map(CreditRepair::getEntryId).collect(Collectors.toSet());
            offered = current.stream().map(EntryView::getId).filter(e -> !open.contains(e))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return current.stream().filter(e -> offered.contains(e.getId())).toList();
    }

    /** A regulator records a finding of false materials (a full post: it carries files). */
    public void recordFinding() {
        try {
            evidence.submit(held, files -> findings.findFalseMaterials(id == null ? -1 : id, reason, files));
            Messages.info("credit.file.finding.done");
            reason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** The firm applies for credit repair of one of its black entries (a full post: it carries files). */
    public void applyForRepair() {
        try {
            evidence.submit(held, files -> repairs.applyForRepair(entryId == null ? -1 : entryId, reason, files));
            Messages.info("credit.repair.applied");
            reason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            offered = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public UploadList getEvidence() {
        return evidence;
    }
}
