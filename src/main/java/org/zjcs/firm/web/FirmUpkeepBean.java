package org.zjcs.firm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.FirmUpkeep;
import org.zjcs.firm.application.LicenceChangeForm;
import org.zjcs.firm.application.LicenceChanges;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.LicenceChange;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.RegionPicker;
import org.zjcs.shared.web.UploadSlot;

/**
 * Backing bean of firm/profile.xhtml, the firm's upkeep of its data: the service items it offers (add, remove), its
 * contacts, and a change of its licence data submitted for the operator's review. Members see it read only.
 */
@Named
@ViewScoped
public class FirmUpkeepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirmService firmService;

    @Inject
    FirmUpkeep upkeep;

    @Inject
    LicenceChanges licenceChanges;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    RegionService regions;

    @Inject
    HeldFiles held;

    private transient Firm firm;
    private transient Organisation organisation;
    private transient LicenceChange latest;
    private boolean mayChange;
    private Long itemToAdd;
    private String contactName;
    private String contactPhone;
    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String address;
    private final RegionPicker region = new RegionPicker();
    private transient UploadedFile licence;
    private UploadSlot licenceSlot;

    @PostConstruct
    void init() {
        mayChange = upkeep.mayChange();
        reload();
        if (firm != null) {
            contactName = firm.getContactName();
            contactPhone = firm.getContactPhone();
            resetLicenceForm();
        }
    }

    /** The firm's data, read again after the view was restored without it (its fields are transient). */
    private void ensure() {
        if (firm == null) {
            reload();
        }
    }

    private void reload() {
        firm = firmService.myFirmIfAny();
        organisation = firm == null ? null : accounts.organisation(firm.getOrganisationId());
        latest = firm == null ? null : licenceChanges.myLatest().orElse(null);
    }

    private void resetLicenceForm() {
        name = organisation.getName();
        creditCode = organisation.getCreditCode();
        legalRepresentative = firm.getLegalRepresentative();
        address = firm.getAddress();
        String d = firm.getRegionCode();
        region.setProvince(d.substring(0, 2) + "0000");
        region.setCity(d.substring(0, 4) + "00");
        region.setDistrict(d);
    }

    public void addItem() {
        try {
            upkeep.addServiceItem(itemToAdd);
            Messages.info("firm.upkeep.itemAdded", catalog.item(itemToAdd).label());
            itemToAdd = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        reload();
    }

    public void removeItem(long itemId) {
        try {
            upkeep.removeServiceItem(itemId);
            Messages.info("firm.upkeep.itemRemoved", catalog.item(itemId).label());
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        reload();
    }

    public void saveContacts() {
        try {
            upkeep.changeContacts(contactName, contactPhone);
            Messages.info("firm.upkeep.contactsSaved");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        reload();
    }

    public void submitLicence() {
        try {
            licenceSlot = held.take(licence, licenceSlot);
            licence = null;
            licenceChanges.submit(new LicenceChangeForm(name, creditCode, legalRepresentative, address, region.getDistrict(),
                    Uploads.of(held, licenceSlot)));
            held.release(licenceSlot);
            licenceSlot = null;
            Messages.info("firm.upkeep.licenceSubmitted");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            licence = null;
        }
        reload();
    }

    public boolean isRegistered() {
        ensure();
        return firm != null;
    }

    /** Whether the firm's data may be changed here: its unit admin, once the registration is approved. */
    public boolean isMayChange() {
        ensure();
        return mayChange && firm != null && firm.getStatus() == RegistrationStatus.APPROVED;
    }

    public boolean isChangeOpen() {
        ensure();
        return latest != null && latest.isOpen();
    }

    public Firm getFirm() {
        ensure();
        return firm;
    }

    public Organisation getOrganisation() {
        ensure();
        return organisation;
    }

    public LicenceChange getLatest() {
        ensure();
        return latest;
    }

    public Long getLicenceFileId() {
        ensure();
        return firm == null ? null : firm.materialFiles().get(MaterialKind.BUSINESS_LICENCE);
    }

    public String regionName(String code) {
        return code == null ? "" : regions.fullName(code, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The items the firm offers, by code. */
    public List<ServiceItem> getOffered() {
        ensure();
        if (firm == null) {
            return List.of();
        }
        return firm.getServiceItemIds().stream().map(catalog::item)
                .sorted(Comparator.comparing(ServiceItem::getCode)).toList();
    }

    /** The items in force the firm does not offer yet. */
    public List<ServiceItem> getAddable() {
        ensure();
        if (firm == null) {
            return List.of();
        }
        return catalog.itemsInForce().stream().filter(i -> !firm.getServiceItemIds().contains(i.getId())).toList();
    }

    public Long getItemToAdd() {
        return itemToAdd;
    }

    public void setItemToAdd(Long itemToAdd) {
        this.itemToAdd = itemToAdd;
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

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public RegionPicker getRegion() {
        return region;
    }

    public UploadedFile getLicence() {
        return licence;
    }

    public void setLicence(UploadedFile licence) {
        this.licence = licence;
    }

    public UploadSlot getLicenceSlot() {
        return licenceSlot;
    }
}
