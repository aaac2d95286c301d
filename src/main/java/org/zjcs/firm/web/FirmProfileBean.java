package org.zjcs.firm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.QualificationService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.security.application.AccountService;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.region.RegionService;

/** Backing bean of firm-profile.xhtml: a firm's public profile (items, qualifications with validity; no files, no IDs). */
@Named
@RequestScoped
public class FirmProfileBean {

    @Inject
    FirmService firmService;

    @Inject
    QualificationService qualificationService;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    RegionService regions;

    @Inject
    LocaleBean locale;

    private Long id;
    private Firm firm;

    /** Called by f:viewAction; an unknown or unapproved firm answers 404. */
    public void load() throws java.io.IOException {
        firm = id == null ? null : firmService.publicFirm(id).orElse(null);
        if (firm == null) {
            jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
            fc.responseComplete();
            fc.getExternalContext().responseSendError(404, "");
        }
    }

    public Firm getFirm() {
        return firm;
    }

    public String getName() {
        return accounts.organisation(firm.getOrganisationId()).getName();
    }

    public String getRegionName() {
        return regions.fullName(firm.getRegionCode(), locale.getLocale());
    }

    public List<ServiceItem> getServiceItems() {
        return firm.getServiceItemIds().stream().map(catalog::cachedItem).sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList();
    }

    public String itemName(ServiceItem i) {
        return locale.isChinese() ? i.getNameZh() : i.getNameEn();
    }

    /** Approved qualifications only: one waiting for review, returned or superseded is not public. */
    public List<Qualification> getQualifications() {
        return qualificationService.approvedQualifications(firm.getOrganisationId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
