package org.zjcs.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zjcs.portal.application.HomeFigures;

/**
 * Backing bean of the home page's live figures and latest notices and results: reads the snapshot of
 * {@link HomeFigures} (recomputed at most every few minutes), never counts anything per view.
 */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    HomeFigures figures;

    private HomeFigures.Snapshot snapshot;

    public HomeFigures.Snapshot getFigures() {
        if (snapshot == null) {
            snapshot = figures.current();
        }
        return snapshot;
    }

    /** When the figures were computed, Beijing time (the page says how fresh they are). */
    public String getComputedAt() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(getFigures().computedAt().atZone(org.zjcs.shared.time.BusinessTime.ZONE));
    }
}
