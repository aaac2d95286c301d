package org.zjcs.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.audit.application.AuditService;
import org.zjcs.audit.domain.ChainVerification;
import org.zjcs.audit.domain.AuditEntry;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of operator/audit.xhtml: the audit log, newest first, and the chain check. */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService auditService;

    private final Map<String, String> filters = new HashMap<>();
    /** Transient: it holds the page of entities it loaded; made again after the view moved to another node. */
    private transient LazyDataModel<AuditEntry> entries;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) auditService.countMatching(filters);
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return auditService.search(filters, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return String.valueOf(entry.getId());
            }

            @Override
            public AuditEntry getRowData(String rowKey) {
                return null;
            }
        };
    }

    public void verify() {
        verification = auditService.verifyChain();
        if (verification.intact()) {
            Messages.info("audit.verify.intact", verification.checkedEntries());
        } else {
            Messages.error("audit.verify.broken", verification.firstBrokenId(),
                    Messages.text("audit.problem." + verification.problem().name()), verification.checkedEntries());
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        if (entries == null) {
            init();
        }
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public Map<String, String> getFilters() {
        return filters;
    }
}
