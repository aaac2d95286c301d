package org.zjcs.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.portal.application.PublicResults;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.portal.application.ResultRow;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.QueryString;

/**
 * Backing bean of results.xhtml (中选公告): published selection results, newest first, filtered by a GET form
 * (bookmarkable view parameters), paged by keyset links. A filter value that does not exist is named in a message and
 * left out of the filter. Request-scoped and stateless: no session, no view state, no COUNT, no OFFSET.
 */
@Named
@RequestScoped
public class PublicResultsBean {

    @Inject
    PublicResults results;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    private String item;
    private String province;
    private String method;
    private String after;
    private String before;

    private ResultFilter.Parsed parsed;
    private KeysetPage<ResultRow> page;

    private ResultFilter.Parsed parsed() {
        if (parsed == null) {
            parsed = ResultFilter.parse(item, province, method,
                    id -> catalog.cachedItemsInForce().stream().anyMatch(i -> i.getId() == id),
                    code -> regions.provinces().stream().anyMatch(r -> r.getCode().equals(code)));
        }
        return parsed;
    }

    private KeysetPage<ResultRow> page() {
        if (page == null) {
            page = results.page(parsed().filter(), after, before, PublicResults.PAGE_SIZE);
        }
        return page;
    }

    public List<ResultRow> getRows() {
        return page().rows();
    }

    public boolean isHasNext() {
        return page().hasNext();
    }

    public boolean isHasPrevious() {
        return page().hasPrevious();
    }

    /** The message key of a bad filter value, or null. */
    public String getErrorKey() {
        return parsed().errorKey();
    }

    public String getBadValue() {
        return parsed().badValue();
    }

    public String getNextQuery() {
        return query("after", page().nextToken(PublicResults::token));
    }

    public String getPreviousQuery() {
        return query("before", page().previousToken(PublicResults::token));
    }

    /** The filters that are valid, as a query string (for paging links and the feed). */
    private String query(String cursorName, String cursorValue) {
        ResultFilter f = parsed().filter();
        return new QueryString().add("item", f.serviceItemId())
                .add("province", f.provincePrefix() == null ? null : f.provincePrefix() + "0000")
                .add("method", f.method() == null ? null : f.method().name())
                .add(cursorName, cursorValue).toString();
    }

    /** The selected item id for the form (valid values only). */
    public Long getSelectedItem() {
        return parsed().filter().serviceItemId();
    }

    public String getSelectedProvince() {
        String p = parsed().filter().provincePrefix();
        return p == null ? null : p + "0000";
    }

    public String getSelectedMethod() {
        SelectionMethod m = parsed().filter().method();
        return m == null ? null : m.name();
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.cachedItemsInForce();
    }

    public SelectionMethod[] getMethods() {
        return SelectionMethod.values();
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
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
