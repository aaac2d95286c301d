package org.zjcs.credit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditParties;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.UploadList;

/** Backing bean of regulator/credit-lists.xhtml: every list entry (lazy), listing a firm, ending an entry early. */
@Named
@ViewScoped
public class CreditListAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The evidence files the add form takes. */
    static final int MAX_FILES = 5;

    @Inject
    CreditListService lists;

    @Inject
    CreditParties parties;

    @Inject
    CreditViews views;

    @Inject
    HeldFiles held;

    private LazyDataModel<EntryView> entries;
    private Long firmId;
    private String kind = ListKind.BLACK.name();
    private String reason;
    private String legalBasis;
    private String startDate;
    private String endDate;
    /** The evidence files of the add form, kept across a failed submit. */
    private final UploadList evidence = new UploadList(MAX_FILES);
    private Long endId;
    private String endReason;

    @PostConstruct
    void init() {
        startDate = lists.today().toString();
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) lists.countEntries();
            }

            @Override
            public List<EntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return views.entries(lists.entries(first, pageSize));
            }

            @Override
            public String getRowKey(EntryView e) {
                return String.valueOf(e.getId());
            }

            @Override
            public EntryView getRowData(String rowKey) {
                return null;
            }
        };
    }

    /** The add form (a full post: it carries files). */
    public void save() {
        try {
            ListKind k = kind == null || kind.isBlank() ? null : ListKind.valueOf(kind);
            evidence.submit(held, files -> lists.list(firmId == null ? -1 : firmId, k, reason, legalBasis,
                    Forms.date(startDate), Forms.date(endDate), files));
            Messages.info("credit.admin.listed");
            firmId = null;
            reason = null;
            legalBasis = null;
            endDate = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** The end-early dialog's confirm button. */
    public void end() {
        try {
            lists.endEarly(endId == null ? -1 : endId, endReason);
            Messages.info("credit.admin.ended");
            endId = null;
            endReason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void prepareEnd(EntryView e) {
        endId = e.getId();
        endReason = null;
    }

    public List<Organisation> getFirms() {
        return parties.firms();
    }

    public ListKind[] getKinds() {
        return ListKind.values();
    }

    public LazyDataModel<EntryView> getEntries() {
        return entries;
    }

    public Long getFirmId() {
        return firmId;
    }

    public void setFirmId(Long firmId) {
        this.firmId = firmId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public Long getEndId() {
        return endId;
    }

    public void setEndId(Long endId) {
        this.endId = endId;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public UploadList getEvidence() {
        return evidence;
    }
}
