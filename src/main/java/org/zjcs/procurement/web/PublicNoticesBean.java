package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.NoticeRepository.PublicRow;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.time.DateText;
import org.zjcs.shared.web.QueryString;

/**
 * Backing bean of notices.xhtml (采购公告): public notices, newest first, filtered by a GET form whose fields are
 * bookmarkable view parameters, paged by keyset links ({@code after} / {@code before} cursors on (published at, id)).
 * Request-scoped and stateless: no session, no view state, no COUNT, no OFFSET.
 */
@Named
@RequestScoped
public class PublicNoticesBean {

    /** Rows per page. */
    public static final int PAGE_SIZE = 10;

    @Inject
    NoticeQueries noticeService;

    @Inject
    CatalogService catalog;

    private Long serviceItemId;
    private String provinceCode;
    private String method;
    private String status;
    private String from;
    private String to;
    private String after;
    private String before;

    private List<PublicRow> rows;
    private boolean hasNext;
    private boolean hasPrevious;

    /** The page's rows (read once per request). */
    public List<PublicRow> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    private void load() {
        NoticeRepository.PublicFilter filter = filter();
        KeysetPage<PublicRow> page = KeysetPage.byTime(after, before, PAGE_SIZE,
                (at, id, backwards, limit) -> noticeService.publicRows(filter, at, id, backwards, limit));
        rows = page.rows();
        hasNext = page.hasNext();
        hasPrevious = page.hasPrevious();
    }

    static String token(PublicRow r) {
        return KeysetCursor.at(r.publishedAt(), r.id()).encode();
    }

    private NoticeRepository.PublicFilter filter() {
        return new NoticeRepository.PublicFilter(serviceItemId, RegionService.prefixOf(provinceCode), parse(SelectionMethod.class, method),
                publicStatus(), date(from).map(d -> d.atStartOfDay(BusinessTime.ZONE).toInstant()).orElse(null),
                date(to).map(d -> d.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()).orElse(null));
    }

    private NoticeStatus publicStatus() {
        NoticeStatus s = parse(NoticeStatus.class, status);
        return s != null && s.isPublic() ? s : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String text) {
        return DateText.lenient(text);
    }

    public boolean isHasNext() {
        getRows();
        return hasNext;
    }

    public boolean isHasPrevious() {
        getRows();
        return hasPrevious;
    }

    /** The query string of the next page: the filters and the cursor after the last row. */
    public String getNextQuery() {
        List<PublicRow> r = getRows();
        return r.isEmpty() ? query(null, null) : query("after", token(r.get(r.size() - 1)));
    }

    /** The query string of the previous page: the filters and the cursor before the first row. */
    public String getPreviousQuery() {
        List<PublicRow> r = getRows();
        return r.isEmpty() ? query(null, null) : query("before", token(r.get(0)));
    }

    private String query(String cursorName, String cursorValue) {
        return new QueryString().add("item", serviceItemId).add("province", provinceCode).add("method", method)
                .add("status", status).add("from", from).add("to", to).add(cursorName, cursorValue).toString();
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.cachedItemsInForce();
    }

    public SelectionMethod[] getMethods() {
        return SelectionMethod.values();
    }

    /** The states the public can see. */
    public List<NoticeStatus> getStatuses() {
        return Arrays.stream(NoticeStatus.values()).filter(NoticeStatus::isPublic).toList();
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
        this.provinceCode = provinceCode == null || provinceCode.isBlank() || provinceCode.trim().length() < 2
                ? null : provinceCode.trim();
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = parse(SelectionMethod.class, method) == null ? null : method.trim();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = parse(NoticeStatus.class, status) == null ? null : status.trim();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = date(from).map(LocalDate::toString).orElse(null);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = date(to).map(LocalDate::toString).orElse(null);
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
