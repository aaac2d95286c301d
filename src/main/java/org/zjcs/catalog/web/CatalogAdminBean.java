package org.zjcs.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.GuideStep;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.catalog.domain.ServiceGuide;
import org.zjcs.catalog.domain.ServiceGuideDraft;
import org.zjcs.catalog.domain.StepActor;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.catalog.domain.ServiceItemDraft;
import org.zjcs.catalog.domain.ServiceItemStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.i18n.QualificationLevels;

/** Backing bean of regulator/catalog.xhtml: the catalogue as a lazy table, a dialog form, and retire/reinstate. */
@Named
@ViewScoped
public class CatalogAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    private String filterText;
    private ServiceItemStatus filterStatus;
    /** Transient: it holds the page of entities it loaded; made again after the view moved to another node. */
    private transient LazyDataModel<ServiceItem> items;

    /** The dialog form. */
    private Long editId;
    private long editVersion;
    private String code;
    private String nameZh;
    private String nameEn;
    private String legalBasis;
    private String approvalItems;
    private RequirementMode mode = RequirementMode.ALL_OF;
    private List<RequirementRow> requirements = new ArrayList<>();

    /** The guide dialog (办事指南). */
    private Long guideItemId;
    private String guideItemLabel;
    private long guideVersion;
    private String conditions;
    private String materials;
    private List<StepRow> steps = new ArrayList<>();
    private Integer timeLimitDays;
    private String timeLimitNote;
    private String feeStandard;
    private String feeBasis;

    /** Retire / reinstate. */
    private Long statusId;
    private String statusReason;

    /** One editable requirement line of the dialog. */
    public static class RequirementRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String typeCode;
        private String minLevel;

        public String getTypeCode() {
            return typeCode;
        }

        public void setTypeCode(String typeCode) {
            this.typeCode = typeCode;
        }

        public String getMinLevel() {
            return minLevel;
        }

        public void setMinLevel(String minLevel) {
            this.minLevel = minLevel;
        }
    }

    /** One editable step line of the guide dialog. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private StepActor actor;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public StepActor getActor() {
            return actor;
        }

        public void setActor(StepActor actor) {
            this.actor = actor;
        }
    }

    @PostConstruct
    void init() {
        items = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) catalog.count(filterText, filterStatus);
            }

            @Override
            public List<ServiceItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return catalog.search(filterText, filterStatus, first, pageSize);
            }

            @Override
            public String getRowKey(ServiceItem item) {
                return String.valueOf(item.getId());
            }

            @Override
            public ServiceItem getRowData(String rowKey) {
                return catalog.item(Long.parseLong(rowKey));
            }
        };
    }

    public void newItem() {
        editId = null;
        editVersion = 0;
        code = null;
        nameZh = null;
        nameEn = null;
        legalBasis = null;
        approvalItems = null;
        mode = RequirementMode.ALL_OF;
        requirements = new ArrayList<>();
    }

    public void edit(ServiceItem item) {
        editId = item.getId();
        editVersion = item.getVersion();
        code = item.getCode();
        nameZh = item.getNameZh();
        nameEn = item.getNameEn();
        legalBasis = item.getLegalBasis();
        approvalItems = item.getApprovalItems();
        mode = item.getRequirementMode();
        requirements = new ArrayList<>();
        for (QualificationRequirement r : item.getRequirements()) {
            RequirementRow row = new RequirementRow();
            row.typeCode = r.getTypeCode();
            // the level as the regulator reads it (English names on English pages), turned back into the stored one on save
            row.minLevel = QualificationLevels.name(locale.getLocale(), r.getMinLevel());
            requirements.add(row);
        }
    }

    public void addRequirement() {
        requirements.add(new RequirementRow());
    }

    public void removeRequirement(RequirementRow row) {
        requirements.remove(row);
    }

    public void save() {
        List<QualificationRequirement> reqs = new ArrayList<>();
        for (RequirementRow row : requirements) {
            if (row.typeCode != null && !row.typeCode.isBlank()) {
                QualificationType type = catalog.qualificationTypes().get(row.typeCode);
                reqs.add(new QualificationRequirement(row.typeCode, type == null ? row.minLevel
                        : QualificationLevels.stored(locale.getLocale(), row.minLevel, type.levelList())));
            }
        }
        ServiceItemDraft draft = new ServiceItemDraft(code, nameZh, nameEn, legalBasis, approvalItems, mode, reqs);
        try {
            if (editId == null) {
                catalog.createItem(draft);
                Messages.info("catalog.created", code);
            } else {
                catalog.changeItem(editId, editVersion, draft);
                Messages.info("catalog.changed", code);
            }
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    /** Opens the guide dialog of an item, filled with its guide when it has one. */
    public void editGuide(ServiceItem item) {
        guideItemId = item.getId();
        guideItemLabel = item.getCode() + " " + (locale.isChinese() ? item.getNameZh() : item.getNameEn());
        ServiceGuide g = catalog.guide(item.getId()).orElse(null);
        steps = new ArrayList<>();
        if (g == null) {
            guideVersion = 0;
            conditions = null;
            materials = null;
            timeLimitDays = null;
            timeLimitNote = null;
            feeStandard = null;
            feeBasis = null;
            steps.add(new StepRow());
            return;
        }
        guideVersion = g.getVersion();
        conditions = g.getConditions();
        materials = g.getMaterials();
        timeLimitDays = g.getTimeLimitDays();
        timeLimitNote = g.getTimeLimitNote();
        feeStandard = g.getFeeStandard();
        feeBasis = g.getFeeBasis();
        for (GuideStep st : g.getSteps()) {
            StepRow row = new StepRow();
            row.name = st.getName();
            row.actor = st.getActor();
            steps.add(row);
        }
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
    }

    public void saveGuide() {
        List<GuideStep> list = new ArrayList<>();
        for (StepRow row : steps) {
            list.add(new GuideStep(row.name, row.actor));
        }
        try {
            ServiceGuide g = catalog.saveGuide(guideItemId, guideVersion,
                    new ServiceGuideDraft(conditions, materials, list, timeLimitDays, timeLimitNote, feeStandard, feeBasis));
            guideVersion = g.getVersion();
            Messages.info("guide.saved", guideItemLabel);
            PrimeFaces.current().executeScript("PF('guideDialog').hide()");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public StepActor[] getActors() {
        return StepActor.values();
    }

    public String getGuideItemLabel() {
        return guideItemLabel;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(Integer timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public String getTimeLimitNote() {
        return timeLimitNote;
    }

    public void setTimeLimitNote(String timeLimitNote) {
        this.timeLimitNote = timeLimitNote;
    }

    public String getFeeStandard() {
        return feeStandard;
    }

    public void setFeeStandard(String feeStandard) {
        this.feeStandard = feeStandard;
    }

    public String getFeeBasis() {
        return feeBasis;
    }

    public void setFeeBasis(String feeBasis) {
        this.feeBasis = feeBasis;
    }

    public void prepareStatusChange(ServiceItem item) {
        statusId = item.getId();
        statusReason = null;
    }

    /** Retires an item in force, reinstates a retired one (the dialog says which). */
    public void changeStatus() {
        try {
            if (isStatusTargetInForce()) {
                catalog.retireItem(statusId, statusReason);
                Messages.info("catalog.retired");
            } else {
                catalog.reinstateItem(statusId, statusReason);
                Messages.info("catalog.reinstated");
            }
            PrimeFaces.current().executeScript("PF('statusDialog').hide()");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Collection<QualificationType> getTypes() {
        return catalog.qualificationTypes().values();
    }

    public RequirementMode[] getModes() {
        return RequirementMode.values();
    }

    public ServiceItemStatus[] getStatuses() {
        return ServiceItemStatus.values();
    }

    public boolean isStatusTargetInForce() {
        return statusId != null && catalog.item(statusId).isInForce();
    }

    // getters and setters for the form

    public LazyDataModel<ServiceItem> getItems() {
        if (items == null) {
            init();
        }
        return items;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public ServiceItemStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(ServiceItemStatus filterStatus) {
        this.filterStatus = filterStatus;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getApprovalItems() {
        return approvalItems;
    }

    public void setApprovalItems(String approvalItems) {
        this.approvalItems = approvalItems;
    }

    public RequirementMode getMode() {
        return mode;
    }

    public void setMode(RequirementMode mode) {
        this.mode = mode;
    }

    public List<RequirementRow> getRequirements() {
        return requirements;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
