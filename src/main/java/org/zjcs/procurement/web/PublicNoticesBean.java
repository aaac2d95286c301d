package org.zjcs.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.procurement.application.NoticeService;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.procurement.infrastructure.NoticeRepository;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.time.BusinessTime;

/** Backing bean of notices.xhtml (采购公告): published notices, newest first, filtered, paged lazily. */
@Named
@ViewScoped
public class PublicNoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeService noticeService;

    @Inject
    transient CatalogService catalog;

    private Long serviceItemId;
    private String provinceCode;
    private SelectionMethod method;
    private NoticeStatus status;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<Notice> notices;

    @PostConstruct
    void init() {
        notices = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) noticeService.publicCount(filter());
            }

            @Override
            public List<Notice> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return noticeService.publicList(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Notice n) {
                return String.valueOf(n.getId());
            }

            @Override
            public Notice getRowData(String rowKey) {
                return null;
            }
        };
    }

    private NoticeRepository.PublicFilter filter() {
        return new NoticeRepository.PublicFilter(serviceItemId, RegionService.prefixOf(provinceCode), method, status,
                from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.itemsInForce();
    }

    public SelectionMethod[] getMethods() {
        return SelectionMethod.values();
    }

    /** The states the public can see. */
    public List<NoticeStatus> getStatuses() {
        return java.util.Arrays.stream(NoticeStatus.values()).filter(NoticeStatus::isPublic).toList();
    }

    public LazyDataModel<Notice> getNotices() {
        return notices;
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

    public SelectionMethod getMethod() {
        return method;
    }

    public void setMethod(SelectionMethod method) {
        this.method = method;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
