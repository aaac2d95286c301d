package org.zjcs.firm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zjcs.shared.region.RegionService;

/** What operator/licence-changes.xhtml shows of a change beside the shared review: the names of its regions. */
@Named
@RequestScoped
public class LicenceReviewDetails {

    @Inject
    RegionService regions;

    public String regionName(String code) {
        return code == null ? "" : regions.fullName(code, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
