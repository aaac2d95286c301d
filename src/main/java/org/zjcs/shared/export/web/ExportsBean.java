package org.zjcs.shared.export.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.ExportJob;
import org.zjcs.shared.export.ExportService;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of account/exports.xhtml: the user's own export jobs, newest first, {@link ExportService#PAGE} at a
 * time (keyset on the job id: "more" reads the next page), refreshed by a poll while one is queued or running.
 */
@Named
@ViewScoped
public class ExportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportService exports;

    /** Transient (entities): read again when the view came back without them. */
    private transient List<ExportJob> jobs;
    private boolean more;
    private int pages = 1;

    public List<ExportJob> getJobs() {
        if (jobs == null) {
            load();
        }
        return jobs;
    }

    private void load() {
        List<ExportJob> all = new ArrayList<>();
        Long after = null;
        boolean hasMore = false;
        try {
            for (int p = 0; p < pages; p++) {
                List<ExportJob> page = exports.mine(after);
                hasMore = page.size() > ExportService.PAGE;
                List<ExportJob> shown = hasMore ? page.subList(0, ExportService.PAGE) : page;
                all.addAll(shown);
                if (!hasMore || shown.isEmpty()) {
                    break;
                }
                after = shown.get(shown.size() - 1).getId();
            }
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        jobs = all;
        more = hasMore;
    }

    /** Whether a job is still queued or running (the page polls while so). */
    public boolean isWorking() {
        return getJobs().stream().anyMatch(j -> !j.getState().finished());
    }

    public void refresh() {
        jobs = null;
    }

    public void loadMore() {
        pages++;
        jobs = null;
    }

    public boolean isMore() {
        getJobs();
        return more;
    }

    /** When the file is removed, Beijing time. */
    public String expires(ExportJob j) {
        return j.getExpiresAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(j.getExpiresAt().atZone(org.zjcs.shared.time.BusinessTime.ZONE));
    }

    public String message(ExportJob j) {
        return j.getMessageKey() == null ? "" : Messages.text(j.getMessageKey());
    }
}
