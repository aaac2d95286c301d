package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.region.RegionService;

/**
 * The contact details every registering organisation gives (contact person, phone, address, district-level region),
 * checked the same way for firms and owners; a refusal names the field.
 */
@ApplicationScoped
public class ContactChecks {

    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{7,20}$");

    @Inject
    RegionService regions;

    public void check(String contactName, String contactPhone, String address, String regionCode) {
        if (blank(contactName)) {
            throw new DomainException("registration.error.contactRequired");
        }
        if (blank(contactPhone) || !PHONE.matcher(contactPhone.trim()).matches()) {
            throw new DomainException("registration.error.phone");
        }
        if (blank(address)) {
            throw new DomainException("registration.error.addressRequired");
        }
        if (regionCode == null || regions.find(regionCode).map(r -> r.getLevel() != 3).orElse(true)) {
            throw new DomainException("registration.error.region");
        }
        if (contactName.trim().length() > 50 || address.trim().length() > 200) {
            throw new DomainException("registration.error.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
