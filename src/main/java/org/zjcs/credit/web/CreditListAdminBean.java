package org.zjcs.credit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditParties;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.UploadedFiles;

/** Backing bean of regulator/credit-lists.xhtml: every list entry (lazy), listing a firm, ending an entry early. */
@Named
@ViewScoped
public class CreditListAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CreditListService lists;

    @Inject
    transient CreditParties parties;

    @Inject
    transient CreditViews views;

    private LazyDataModel<EntryView> entries;
    private Long firmId;
    private String kind = ListKind.BLACK.name();
    private String reason;
    private String legalBasis;
    private String startDate;
    private String endDate;
    private transient UploadedFile file1;
    private transient UploadedFile file2;
    private transient UploadedFile file3;
    private transient UploadedFile file4;
    private transient UploadedFile file5;
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
            lists.list(firmId == null ? -1 : firmId, kind == null || kind.isBlank() ? null : ListKind.valueOf(kind), reason,
                    legalBasis, Forms.date(startDate), Forms.date(endDate), UploadedFiles.all(file1, file2, file3, file4, file5));
            Messages.info("credit.admin.listed");
            firmId = null;
            reason = null;
            legalBasis = null;
            endDate = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
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

    public UploadedFile getFile1() {
        return file1;
    }

    public void setFile1(UploadedFile file1) {
        this.file1 = file1;
    }

    public UploadedFile getFile2() {
        return file2;
    }

    public void setFile2(UploadedFile file2) {
        this.file2 = file2;
    }

    public UploadedFile getFile3() {
        return file3;
    }

    public void setFile3(UploadedFile file3) {
        this.file3 = file3;
    }

    public UploadedFile getFile4() {
        return file4;
    }

    public void setFile4(UploadedFile file4) {
        this.file4 = file4;
    }

    public UploadedFile getFile5() {
        return file5;
    }

    public void setFile5(UploadedFile file5) {
        this.file5 = file5;
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
}
