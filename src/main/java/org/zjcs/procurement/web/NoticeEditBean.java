package org.zjcs.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.owner.application.OwnerService;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.application.NoticeCalendar;
import org.zjcs.procurement.application.NoticeDrafting;
import org.zjcs.procurement.application.NoticePublication;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.Contacts;
import org.zjcs.procurement.domain.EnrolmentWindow;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeTerms;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.procurement.domain.SelectionTerms;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.FieldMessages;
import org.zjcs.shared.web.RegionPicker;
import org.zjcs.shared.web.UploadedFiles;

/** Backing bean of owner/notice-edit.xhtml: a notice draft written, saved, given attachments and published. */
@Named
@ViewScoped
public class NoticeEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    @Inject
    NoticeDrafting drafting;

    @Inject
    NoticePublication publication;

    @Inject
    NoticeCalendar calendar;

    @Inject
    ApprovalCaseService caseService;

    @Inject
    CatalogService catalog;

    @Inject
    OwnerService ownerService;

    @Inject
    FirmService firmService;

    @Inject
    org.zjcs.security.application.AccountService accounts;

    private Long id;
    private boolean loaded;
    private boolean forbidden;
    private Long serviceItemId;
    private String title;
    private String serviceContent;
    private String projectScale;
    private final RegionPicker region = new RegionPicker();
    private FundSource fundSource = FundSource.FISCAL;
    private SelectionMethod method = SelectionMethod.RANDOM_DRAW;
    private BigDecimal fixedPrice;
    private BigDecimal priceFloor;
    private BigDecimal priceCeiling;
    private Integer minBidders = 3;
    private Integer weightPrice = 40;
    private Integer weightCredit = 30;
    private Integer weightQualification = 30;
    private String coefficients = "95,96,97,98";
    private String directPickReason;
    private Integer serviceDays = 20;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime = EnrolmentWindow.DEFAULT_TIME;
    private String contactName;
    private String contactPhone;
    private String complaintPhone;
    private Long[] caseIds = new Long[0];
    private final List<AvoidanceRow> avoidances = new ArrayList<>();
    private transient UploadedFile attachment;

    /** One editable line of the avoidance list (a page-facing type with getters and setters). */
    public static class AvoidanceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long firmId;
        private String reason;

        public Long getFirmId() {
            return firmId;
        }

        public void setFirmId(Long firmId) {
            this.firmId = firmId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** Loads the draft named by ?id= (f:viewAction), or prefills a new one from the owner's registration. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (id == null) {
                OwnerUnit unit = ownerService.myUnitIfAny();
                if (unit != null) {
                    setRegionCode(unit.getRegionCode());
                    contactName = unit.getContactName();
                    contactPhone = unit.getContactPhone();
                    complaintPhone = unit.getContactPhone();
                }
                deadlineDate = calendar.earliestDeadline();
                return;
            }
            Notice n = queries.myNotice(id);
            serviceItemId = n.getServiceItemId();
            title = n.getTitle();
            serviceContent = n.getServiceContent();
            projectScale = n.getProjectScale();
            setRegionCode(n.getRegionCode());
            fundSource = n.getFundSource();
            method = n.getMethod();
            fixedPrice = n.getFixedPrice();
            priceFloor = n.getPriceFloor();
            priceCeiling = n.getPriceCeiling();
            minBidders = n.getMinBidders();
            if (n.getWeightPrice() != null) {
                weightPrice = n.getWeightPrice();
                weightCredit = n.getWeightCredit();
                weightQualification = n.getWeightQualification();
            }
            if (n.getCoefficients() != null) {
                coefficients = n.getCoefficients();
            }
            directPickReason = n.getDirectPickReason();
            serviceDays = n.getServiceDays();
            deadlineDate = n.getPlannedDeadline().toLocalDate();
            deadlineTime = n.getPlannedDeadline().toLocalTime();
            contactName = n.getContactName();
            contactPhone = n.getContactPhone();
            complaintPhone = n.getComplaintPhone();
            caseIds = n.getCaseIds().toArray(new Long[0]);
            avoidances.clear();
            n.getAvoidances().forEach(a -> {
                AvoidanceRow r = new AvoidanceRow();
                r.setFirmId(a.getFirmId());
                r.setReason(a.getReason());
                avoidances.add(r);
            });
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            forbidden = true;
        }
    }

    /** The draft named in the link is not the caller's (or does not exist): nothing is shown. */
    public boolean isForbidden() {
        return forbidden;
    }

    private void setRegionCode(String code) {
        if (code != null && code.length() == 6) {
            region.setProvince(code.substring(0, 2) + "0000");
            region.setCity(code.substring(0, 4) + "00");
            region.setDistrict(code);
        }
    }

    private NoticeTerms terms() {
        LocalDateTime deadline = deadlineDate == null ? null
                : LocalDateTime.of(deadlineDate, deadlineTime == null ? EnrolmentWindow.DEFAULT_TIME : deadlineTime);
        List<NoticeTerms.AvoidanceLine> lines = avoidances.stream()
                .filter(a -> a.getFirmId() != null || a.getReason() != null && !a.getReason().isBlank())
                .map(a -> new NoticeTerms.AvoidanceLine(a.getFirmId(), a.getReason())).toList();
        return new NoticeTerms(serviceItemId, title, serviceContent, projectScale, region.getDistrict(), fundSource,
                SelectionTerms.entered(method, fixedPrice, priceFloor, priceCeiling, minBidders, weightPrice, weightCredit,
                        weightQualification, coefficients, directPickReason), serviceDays, deadline,
                Contacts.entered(contactName, contactPhone, complaintPhone),
                java.util.Arrays.asList(caseIds == null ? new Long[0] : caseIds), lines);
    }

    /** The label of each field the notice rules name (NoticeRules.check), for the summary above the form. */
    static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("serviceItem", "notice.serviceItem"), Map.entry("title", "notice.title"),
            Map.entry("serviceContent", "notice.serviceContent"), Map.entry("projectScale", "notice.projectScale"),
            Map.entry("district", "register.region"), Map.entry("fundSource", "notice.fundSource"),
            Map.entry("method", "notice.method"), Map.entry("fixedPrice", "notice.label.fixedPrice"),
            Map.entry("priceFloor", "notice.label.priceFloor"), Map.entry("priceCeiling", "notice.label.priceCeiling"),
            Map.entry("directPickReason", "notice.directPickReason"), Map.entry("minBidders", "notice.minBidders"),
            Map.entry("weightPrice", "notice.weight.label"), Map.entry("coefficients", "notice.coefficients"),
            Map.entry("serviceDays", "notice.serviceDays"), Map.entry("deadlineDate", "notice.deadline"),
            Map.entry("contactName", "register.contactName"), Map.entry("contactPhone", "register.contactPhone"),
            Map.entry("complaintPhone", "notice.complaintPhone"), Map.entry("cases", "notice.cases"),
            Map.entry("avoidances", "notice.section.avoidance"));

    /** A refusal: every field the rules refused at its field with a summary, or the one rule that refused. */
    private static void refused(DomainException e) {
        if (e instanceof ValidationException v) {
            FieldMessages.show("notice", v, FIELD_LABELS);
        } else {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void save() {
        try {
            id = drafting.saveDraft(id, terms());
            Messages.info("notice.saved");
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** Saves and publishes; on success goes to the published notice's page. */
    public String publish() {
        try {
            id = publication.saveAndPublish(id, terms());
            return "/owner/notice-manage.xhtml?faces-redirect=true&published=1&id=" + id;
        } catch (DomainException e) {
            refused(e);
            return null;
        }
    }

    public void upload() {
        try {
            if (id == null) {
                id = drafting.saveDraft(null, terms());
            }
            drafting.addAttachment(id, UploadedFiles.of(attachment));
            Messages.info("notice.attachmentAdded");
        } catch (DomainException e) {
            refused(e);
        } catch (IOException e) {
            Messages.error("upload.error.io");
        }
    }

    public void removeAttachment(long fileId) {
        try {
            drafting.removeAttachment(id, fileId);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void addAvoidance() {
        avoidances.add(new AvoidanceRow());
    }

    public void removeAvoidance(AvoidanceRow row) {
        avoidances.remove(row);
    }

    public boolean isEditable() {
        return !forbidden && (id == null || queries.myNotice(id).getStatus() == NoticeStatus.DRAFT);
    }

    public List<NoticeAttachment> getAttachments() {
        return id == null ? List.of() : queries.myNotice(id).getAttachments();
    }

    /** The owner's approval cases as choices (value: the case id). */
    public List<jakarta.faces.model.SelectItem> getCaseChoices() {
        List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
        for (ApprovalCase c : caseService.casesOfMyUnit()) {
            String label = c.getCaseNumber() + " · " + c.getProjectName()
                    + (c.getProjectCode() == null ? "" : " · " + c.getProjectCode());
            items.add(new jakarta.faces.model.SelectItem(c.getId(), label));
        }
        return items;
    }

    /** Items in force, and the draft's own item even when it has been retired since (publication then says so). */
    public List<ServiceItem> getServiceItems() {
        List<ServiceItem> items = new ArrayList<>(catalog.itemsInForce());
        if (serviceItemId != null && items.stream().noneMatch(i -> i.getId().equals(serviceItemId))) {
            items.add(catalog.item(serviceItemId));
        }
        return items;
    }

    public SelectionMethod[] getMethods() {
        return SelectionMethod.values();
    }

    public FundSource[] getFundSources() {
        return FundSource.values();
    }

    /** Approved firms offering the chosen service item, for the avoidance list. */
    public List<FirmChoice> getFirmChoices() {
        List<FirmChoice> list = new ArrayList<>();
        firmService.directory(null, serviceItemId, null, 0, 500).forEach(f ->
                list.add(new FirmChoice(f.getOrganisationId(), accounts.organisation(f.getOrganisationId()).getName())));
        return list;
    }

    /** A firm in the avoidance choice. */
    public static final class FirmChoice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;

        FirmChoice(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    public LocalDate getEarliestDeadline() {
        try {
            return calendar.earliestDeadline();
        } catch (DomainException e) {
            return null;
        }
    }

    public int getMinDays() {
        return calendar.minDays();
    }

    public String getThreshold() {
        return org.zjcs.shared.money.Money.format(calendar.threshold(), java.util.Locale.SIMPLIFIED_CHINESE);
    }

    public boolean isPriced() {
        return method != null && method.isPriced();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<AvoidanceRow> getAvoidances() {
        return avoidances;
    }

    public RegionPicker getRegion() {
        return region;
    }

    public Long getServiceItemId() {
        return serviceItemId;
    }

    public void setServiceItemId(Long serviceItemId) {
        this.serviceItemId = serviceItemId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public void setServiceContent(String serviceContent) {
        this.serviceContent = serviceContent;
    }

    public String getProjectScale() {
        return projectScale;
    }

    public void setProjectScale(String projectScale) {
        this.projectScale = projectScale;
    }

    public FundSource getFundSource() {
        return fundSource;
    }

    public void setFundSource(FundSource fundSource) {
        this.fundSource = fundSource;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public void setMethod(SelectionMethod method) {
        this.method = method;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public void setFixedPrice(BigDecimal fixedPrice) {
        this.fixedPrice = fixedPrice;
    }

    public BigDecimal getPriceFloor() {
        return priceFloor;
    }

    public void setPriceFloor(BigDecimal priceFloor) {
        this.priceFloor = priceFloor;
    }

    public BigDecimal getPriceCeiling() {
        return priceCeiling;
    }

    public void setPriceCeiling(BigDecimal priceCeiling) {
        this.priceCeiling = priceCeiling;
    }

    public Integer getMinBidders() {
        return minBidders;
    }

    public void setMinBidders(Integer minBidders) {
        this.minBidders = minBidders;
    }

    public Integer getWeightPrice() {
        return weightPrice;
    }

    public void setWeightPrice(Integer weightPrice) {
        this.weightPrice = weightPrice;
    }

    public Integer getWeightCredit() {
        return weightCredit;
    }

    public void setWeightCredit(Integer weightCredit) {
        this.weightCredit = weightCredit;
    }

    public Integer getWeightQualification() {
        return weightQualification;
    }

    public void setWeightQualification(Integer weightQualification) {
        this.weightQualification = weightQualification;
    }

    public String getCoefficients() {
        return coefficients;
    }

    public void setCoefficients(String coefficients) {
        this.coefficients = coefficients;
    }

    public String getDirectPickReason() {
        return directPickReason;
    }

    public void setDirectPickReason(String directPickReason) {
        this.directPickReason = directPickReason;
    }

    public Integer getServiceDays() {
        return serviceDays;
    }

    public void setServiceDays(Integer serviceDays) {
        this.serviceDays = serviceDays;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getComplaintPhone() {
        return complaintPhone;
    }

    public void setComplaintPhone(String complaintPhone) {
        this.complaintPhone = complaintPhone;
    }

    public Long[] getCaseIds() {
        return caseIds;
    }

    public void setCaseIds(Long[] caseIds) {
        this.caseIds = caseIds;
    }

    public UploadedFile getAttachment() {
        return attachment;
    }

    public void setAttachment(UploadedFile attachment) {
        this.attachment = attachment;
    }
}
