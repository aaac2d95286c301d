package org.zjcs.firm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.security.application.AccountService;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.region.Region;
import org.zjcs.shared.region.RegionService;

/** Backing bean of firms.xhtml (中介机构库): approved, active firms, filtered by name, service item and region. */
@Named
@ViewScoped
public class DirectoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FirmService firmService;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient AccountService accounts;

    @Inject
    transient RegionService regions;

    @Inject
    LocaleBean locale;

    private String name;
    private Long serviceItemId;
    private String provinceCode;
    private LazyDataModel<Firm> firms;

    @PostConstruct
    void init() {
        firms = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) firmService.countDirectory(name, serviceItemId, provinceCode);
            }

            @Override
            public List<Firm> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return firmService.directory(name, serviceItemId, provinceCode, first, pageSize);
            }

            @Override
            public String getRowKey(Firm f) {
                return String.valueOf(f.getOrganisationId());
            }

            @Override
            public Firm getRowData(String rowKey) {
                return null;
            }
        };
    }


    /**
     * The search button: back to the first page. The button processes only the filter fields, not the table, so that
     * the table is loaded once, after the filters are set (processing the table loaded it with the old filters).
     */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("dirForm:firms");
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public String organisationName(Firm f) {
        return accounts.organisation(f.getOrganisationId()).getName();
    }

    public String regionName(Firm f) {
        return regions.fullName(f.getRegionCode());
    }

    public String items(Firm f) {
        return f.getServiceItemIds().stream().map(catalog::cachedItem)
                .map(i -> locale.isChinese() ? i.getNameZh() : i.getNameEn()).sorted().collect(Collectors.joining("、"));
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.cachedItemsInForce();
    }

    public List<Region> getProvinces() {
        return regions.provinces();
    }

    public LazyDataModel<Firm> getFirms() {
        return firms;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getServiceItemId() {
        return serviceItemId;
    }

    public void setServiceItemId(Long serviceItemId) {
        this.serviceItemId = serviceItemId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }
}
