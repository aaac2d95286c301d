package org.zjcs.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.search.application.SearchIndex;
import org.zjcs.search.application.SearchParams;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.QueryString;

/**
 * Backing bean of search.xhtml: reads the GET form's parameters (q, kind, item, region, method, status, fund — repeatable —,
 * from, to, min, max, sort, page), asks {@link SearchIndex} the same way {@code GET /api/search} does (through
 * {@link SearchParams}) and offers the page the hits, the facet counts as links that add or remove a filter, and the
 * paging links; the notice-only facets (method, status, fund source) are left out when no notice is among the hits
 * (unless one of their values is chosen, so it can be removed). Request-scoped and stateless: no session, no view state. No rules here.
 */
@Named
@RequestScoped
public class SearchPageBean {

    public static final int PAGE_SIZE = 20;

    /** The page's parameter name of each facet. */
    private static final Map<SearchFacet, String> PARAMS = new EnumMap<>(Map.of(SearchFacet.KIND, "kind",
            SearchFacet.SERVICE_ITEM, "item",
            SearchFacet.REGION, "region", SearchFacet.METHOD, "method", SearchFacet.STATUS, "status",
            SearchFacet.FUND_SOURCE, "fund"));

    @Inject
    SearchIndex index;

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    private String q;
    private final Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
    private String from;
    private String to;
    private String min;
    private String max;
    private String sort;
    private String page;
    private SearchResult result;
    private String error;

    /**
     * One facet value as a link: the value, its count, whether it is chosen, the link that toggles it, and whether the
     * index counted it (a chosen value with no hits — possibly typed into the address — is shown as it was typed, not
     * looked up as a label).
     */
    public record FacetLink(String facet, String value, long count, boolean chosen, String query, boolean counted) {
    }

    /** A chosen filter carried by the text form as a hidden field. */
    public record Hidden(String name, String value) {
    }

    /** One facet with its values. */
    public record FacetGroup(String facet, String param, List<FacetLink> links) {
    }

    @PostConstruct
    void read() {
        Map<String, String[]> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        q = one(p, "q");
        for (Map.Entry<SearchFacet, String> e : PARAMS.entrySet()) {
            String[] values = p.get(e.getValue());
            List<String> list = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    if (v != null && !v.isBlank() && !list.contains(v.strip())) {
                        list.add(v.strip());
                    }
                }
            }
            filters.put(e.getKey(), list);
        }
        from = one(p, "from");
        to = one(p, "to");
        min = one(p, "min");
        max = one(p, "max");
        sort = one(p, "sort");
        page = one(p, "page");
        if (q == null) {
            return; // the empty form: nothing asked yet
        }
        try {
            result = index.search(SearchParams.query(q, filters, from, to, min, max, sort,
                    page == null || page.isBlank() ? "1" : page, String.valueOf(PAGE_SIZE)));
        } catch (DomainException e) {
            error = Messages.text(e.messageKey(), e.args());
        }
    }

    private static String one(Map<String, String[]> p, String name) {
        String[] v = p.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    /** Whether a search was asked and answered. */
    public boolean isSearched() {
        return result != null;
    }

    public SearchResult getResult() {
        return result;
    }

    /** The message for bad input (the rule's text), or null. */
    public String getError() {
        return error;
    }

    /** The message when the text held no words, or null. */
    public String getNotice() {
        return result == null || result.messageKey() == null ? null : Messages.text(result.messageKey());
    }

    public List<FacetGroup> getFacets() {
        List<FacetGroup> groups = new ArrayList<>();
        if (result == null) {
            return groups;
        }
        boolean notices = noticesApply();
        for (SearchFacet f : SearchFacet.values()) {
            Map<String, FacetLink> links = new LinkedHashMap<>();
            List<String> chosen = filters.get(f);
            if (f.noticeOnly() && !notices && chosen.isEmpty()) {
                continue; // method, status, fund source: only notices have them, and none is among the hits
            }
            for (SearchResult.FacetCount c : result.facets().getOrDefault(f, List.of())) {
                links.put(c.value(), new FacetLink(f.name(), c.value(), c.count(), chosen.contains(c.value()),
                        toggled(f, c.value()), true));
            }
            for (String v : chosen) {
                links.putIfAbsent(v, new FacetLink(f.name(), v, 0, true, toggled(f, v), false));
            }
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(f.name(), PARAMS.get(f), List.copyOf(links.values())));
            }
        }
        return groups;
    }

    /** Whether notices are among what is searched: no kind chosen or NOTICE chosen, and notices among the hits. */
    boolean noticesApply() {
        List<String> kinds = filters.get(SearchFacet.KIND);
        if (!kinds.isEmpty() && !kinds.contains(SearchKind.NOTICE.name())) {
            return false;
        }
        return result.facets().getOrDefault(SearchFacet.KIND, List.of()).stream()
                .anyMatch(c -> SearchKind.NOTICE.name().equals(c.value()) && c.count() > 0);
    }

    /** The name of a service item (by its code) in the reader's language, or the code when it is unknown. */
    public String itemName(String code) {
        for (ServiceItem i : catalog.cachedItemsInForce()) {
            if (i.getCode().equals(code)) {
                return i.getCode() + " " + (locale.isChinese() ? i.getNameZh() : i.getNameEn());
            }
        }
        return code;
    }

    public boolean isHasNext() {
        return result != null && result.hasNext();
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 1;
    }

    public String getNextQuery() {
        return query(null, null, result.page() + 1, sort);
    }

    public String getPreviousQuery() {
        return query(null, null, result.page() - 1, sort);
    }

    /** The current search ordered by relevance or by date (first page). */
    public String sortQuery(String order) {
        return query(null, null, 1, order);
    }

    private String toggled(SearchFacet facet, String value) {
        return query(facet, value, 1, sort);
    }

    /** The current search as a query string, with one facet value toggled (when given), on the given page. */
    private String query(SearchFacet toggle, String value, int pageNo, String order) {
        QueryString s = new QueryString().add("q", q);
        for (Map.Entry<SearchFacet, String> e : PARAMS.entrySet()) {
            List<String> values = new ArrayList<>(filters.get(e.getKey()));
            if (e.getKey() == toggle && !values.remove(value)) {
                values.add(value);
            }
            for (String v : values) {
                s.add(e.getValue(), v);
            }
        }
        s.add("from", from).add("to", to).add("min", min).add("max", max).add("sort", order);
        return s.add("page", pageNo > 1 ? pageNo : null).toString();
    }

    /** The chosen values of a facet (hidden fields of the form, so a new text keeps the filters). */
    public List<Hidden> getHiddenFilters() {
        List<Hidden> list = new ArrayList<>();
        for (Map.Entry<SearchFacet, String> e : PARAMS.entrySet()) {
            for (String v : filters.get(e.getKey())) {
                list.add(new Hidden(e.getValue(), v));
            }
        }
        return list;
    }

    public boolean isByDate() {
        return "date".equalsIgnoreCase(sort == null ? "" : sort.strip());
    }

    public String getQ() {
        return q;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getMin() {
        return min;
    }

    public String getMax() {
        return max;
    }
}
