package org.zjcs.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.zjcs.catalog.application.AuthorityAdmin;
import org.zjcs.catalog.application.AuthorityForm;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.application.Oversight;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.application.OrganisationAdmin;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.region.Region;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.RegionPicker;

/**
 * Backing bean of operator/organisations.xhtml: approval departments and regulators as a keyset-paged table filtered
 * by kind and name, a dialog form (create, edit), deactivate/reactivate behind a confirmation, and the invitation of
 * each one's first account (the link shown once).
 */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    AuthorityAdmin authorities;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    Oversight oversight;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    LocaleBean locale;

    private OrganisationKind filterKind;
    private String filterName;
    private String after;
    private String before;
    private transient List<Organisation> rows;
    private transient Map<Long, String> admins;
    private transient Map<Long, List<String>> overseen;
    private boolean hasNext;
    private boolean hasPrevious;

    /** The dialog form. */
    private Long editId;
    private long editVersion;
    private OrganisationKind kind = OrganisationKind.DEPARTMENT;
    private String name;
    private String creditCode;
    private RegionPicker region = new RegionPicker();
    private String approvalItems;
    private List<String> serviceItems = new ArrayList<>();

    /** The first-admin invitation. */
    private Long inviteId;
    private String inviteName;
    private String issuedLink;
    private int validDays;

    public List<Organisation> getRows() {
        if (rows == null) {
            KeysetPage<Organisation> page = organisations.page(filterKind, filterName, after, before, PAGE_SIZE);
            rows = page.rows();
            hasNext = page.hasNext();
            hasPrevious = page.hasPrevious();
            List<Long> ids = rows.stream().map(Organisation::getId).toList();
            admins = organisations.adminsOf(ids);
            overseen = oversight.itemCodesOf(ids);
        }
        return rows;
    }

    public void filter() {
        after = null;
        before = null;
        rows = null;
    }

    public void next() {
        List<Organisation> r = getRows();
        if (!r.isEmpty()) {
            after = OrganisationAdmin.cursorOf(r.get(r.size() - 1));
            before = null;
        }
        rows = null;
    }

    public void previous() {
        List<Organisation> r = getRows();
        if (!r.isEmpty()) {
            before = OrganisationAdmin.cursorOf(r.get(0));
            after = null;
        }
        rows = null;
    }

    public void newOrganisation() {
        editId = null;
        editVersion = 0;
        kind = OrganisationKind.DEPARTMENT;
        name = null;
        creditCode = null;
        region = new RegionPicker();
        approvalItems = null;
        serviceItems = new ArrayList<>();
    }

    public void edit(long id) {
        try {
            Organisation o = organisations.authority(id);
            editId = o.getId();
            editVersion = o.getVersion();
            kind = o.getKind();
            name = o.getName();
            creditCode = o.getCreditCode();
            region = pickerFor(o.getRegionCode());
            approvalItems = o.getApprovalItems();
            serviceItems = new ArrayList<>(oversight.itemCodesOf(List.of(id)).getOrDefault(id, List.of()));
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** The region as the picker shows it: province, city and district filled down to the region's level. */
    private RegionPicker pickerFor(String code) {
        RegionPicker p = new RegionPicker();
        Optional<Region> r = regions.find(code);
        while (r.isPresent()) {
            switch (r.get().getLevel()) {
                case 1 -> p.setProvince(r.get().getCode());
                case 2 -> p.setCity(r.get().getCode());
                default -> p.setDistrict(r.get().getCode());
            }
            r = regions.find(r.get().getParentCode());
        }
        return p;
    }

    /** The region chosen: the most specific level given (a city-level department picks no district). */
    private String chosenRegion() {
        for (String c : new String[] {region.getDistrict(), region.getCity(), region.getProvince()}) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    public void save() {
        AuthorityForm form = new AuthorityForm(kind == null ? null : kind.name(), name, creditCode, chosenRegion(),
                approvalItems, serviceItems);
        try {
            if (editId == null) {
                authorities.create(form);
                Messages.info("org.admin.created", name.strip());
            } else {
                authorities.change(editId, editVersion, form);
                Messages.info("org.admin.changed", name.strip());
            }
            rows = null;
            PrimeFaces.current().executeScript("PF('orgDialog').hide()");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void deactivate(long id) {
        act(() -> organisations.deactivate(id), "org.admin.deactivated");
    }

    public void reactivate(long id) {
        act(() -> organisations.reactivate(id), "org.admin.reactivated");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        rows = null;
    }

    public void prepareInvitation(long id) {
        inviteId = id;
        inviteName = null;
        issuedLink = null;
    }

    public void invite() {
        try {
            MembershipService.Issued issued = organisations.inviteFirstAdmin(inviteId, inviteName);
            issuedLink = baseUrl() + "/invitation.xhtml?code=" + issued.code();
            validDays = issued.validDays();
            rows = null;
        } catch (DomainException e) {
            issuedLink = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    private static String baseUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    // what the table shows

    public String regionName(Organisation o) {
        return o.getRegionCode() == null ? "—" : regions.fullName(o.getRegionCode(), locale.getLocale());
    }

    public String adminOf(Organisation o) {
        getRows();
        return admins.get(o.getId());
    }

    /** The items a regulator oversees, by name in the reader's language; a department's approval items. */
    public String responsibilities(Organisation o) {
        getRows();
        String sep = Messages.text(locale.getLocale(), "common.listSeparator");
        if (o.getKind() == OrganisationKind.DEPARTMENT) {
            return String.join(sep, o.approvalItemList());
        }
        Map<String, ServiceItem> byCode = itemsByCode();
        return overseen.getOrDefault(o.getId(), List.of()).stream()
                .map(c -> byCode.containsKey(c) ? label(byCode.get(c)) : c).collect(Collectors.joining(sep));
    }

    private Map<String, ServiceItem> itemsByCode() {
        return catalog.cachedItemsInForce().stream().collect(Collectors.toMap(ServiceItem::getCode, i -> i, (a, b) -> a));
    }

    public String label(ServiceItem i) {
        return i.getCode() + " " + (locale.isChinese() ? i.getNameZh() : i.getNameEn());
    }

    public List<ServiceItem> getItemOptions() {
        return catalog.cachedItemsInForce();
    }

    public OrganisationKind[] getKinds() {
        return new OrganisationKind[] {OrganisationKind.DEPARTMENT, OrganisationKind.REGULATOR};
    }

    public boolean isHasNext() {
        getRows();
        return hasNext;
    }

    public boolean isHasPrevious() {
        getRows();
        return hasPrevious;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public boolean isDepartment() {
        return kind == OrganisationKind.DEPARTMENT;
    }

    public OrganisationKind getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(OrganisationKind filterKind) {
        this.filterKind = filterKind;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public RegionPicker getRegion() {
        return region;
    }

    public String getApprovalItems() {
        return approvalItems;
    }

    public void setApprovalItems(String approvalItems) {
        this.approvalItems = approvalItems;
    }

    public List<String> getServiceItems() {
        return serviceItems;
    }

    public void setServiceItems(List<String> serviceItems) {
        this.serviceItems = serviceItems == null ? new ArrayList<>() : new ArrayList<>(serviceItems);
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public int getValidDays() {
        return validDays;
    }
}
