package org.zjcs.shared.export.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.ExportJob;
import org.zjcs.shared.export.ExportService;
import org.zjcs.shared.i18n.Messages;

/**
 * The "导出 Excel" button of a list page: {@code action="#{exportRequestBean.queue('FIRMS', listBean.exportFilters)}"}
 * queues the export with the list's filters and opens the user's exports page, where its progress shows.
 */
@Named
@RequestScoped
public class ExportRequestBean {

    @Inject
    ExportService exports;

    public String queue(String kind, Map<String, String> filters) {
        try {
            ExportJob j = exports.request(kind, filters, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return "/account/exports.xhtml?faces-redirect=true&job=" + j.getId();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return null;
        }
    }

    public String queue(String kind) {
        return queue(kind, Map.of());
    }
}
