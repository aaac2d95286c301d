package org.zjcs.firm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.FirmRepository.DirectoryRow;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.web.QueryString;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.region.Region;
import org.zjcs.shared.region.RegionService;

/**
 * Backing bean of firms.xhtml (机构名录): approved, active firms by name, filtered by a GET form (bookmarkable view
 * parameters), paged by keyset links on (name, id). Request-scoped and stateless: no session, no view state, no COUNT.
 */
@Named
@RequestScoped
public class DirectoryBean {

    /** Rows per page. */
    public static final int PAGE_SIZE = 20;

    @Inject
    FirmService firmService;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    LocaleBean locale;

    private String name;
    private Long serviceItemId;
    private String provinceCode;
    private String after;
    private String before;

    private List<DirectoryRow> rows;
    private boolean hasNext;
    private boolean hasPrevious;

    public List<DirectoryRow> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    private void load() {
        KeysetPage<DirectoryRow> page = KeysetPage.read(after, before, k -> true, PAGE_SIZE,
                (c, backwards, limit) -> firmService.directoryRows(name, serviceItemId, provinceCode,
                        c == null ? null : c.key(), c == null ? null : c.id(), backwards, limit));
        rows = page.rows();
        hasNext = page.hasNext();
        hasPrevious = page.hasPrevious();
    }

    /** The ids of the page's firms (for the credit scores, read in one go). */
    public List<Long> getFirmIds() {
        return getRows().stream().map(DirectoryRow::firmId).toList();
    }

    public String regionName(DirectoryRow f) {
        return regions.fullName(f.regionCode(), locale.getLocale());
    }

    public String items(DirectoryRow f) {
        return f.serviceItemIds().stream().map(catalog::cachedItem)
                .map(i -> locale.isChinese() ? i.getNameZh() : i.getNameEn()).sorted().collect(Collectors.joining(org.zjcs.shared.i18n.Messages.text(locale.getLocale(), "common.listSeparator")));
    }

    public boolean isHasNext() {
        getRows();
        return hasNext;
    }

    public boolean isHasPrevious() {
        getRows();
        return hasPrevious;
    }

    public String getNextQuery() {
        List<DirectoryRow> r = getRows();
        return r.isEmpty() ? query(null, null) : query("after", token(r.get(r.size() - 1)));
    }

    public String getPreviousQuery() {
        List<DirectoryRow> r = getRows();
        return r.isEmpty() ? query(null, null) : query("before", token(r.get(0)));
    }

    private static String token(DirectoryRow r) {
        return new KeysetCursor(r.name(), r.firmId()).encode();
    }

    private String query(String cursorName, String cursorValue) {
        return new QueryString().add("name", name).add("item", serviceItemId).add("province", provinceCode)
                .add(cursorName, cursorValue).toString();
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.cachedItemsInForce();
    }

    public List<Region> getProvinces() {
        return regions.provinces();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.trim();
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
        this.provinceCode = provinceCode == null || provinceCode.trim().length() < 2 ? null : provinceCode.trim();
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
