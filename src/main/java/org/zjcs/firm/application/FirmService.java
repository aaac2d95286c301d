package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.region.RegionService;

/**
 * Reading firms: the logged-in firm's own registration, the operator's list of approved firms, the public directory
 * and profiles. Registering is {@link FirmRegistration}'s; the review is the shared registration review
 * ({@code security.application.RegistrationQueue}).
 */
@ApplicationScoped
public class FirmService {

    @Inject
    Guard guard;

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    /** Approved firms with their standing, for the operator. */
    public List<Firm> approvedFirms() {
        guard.requireRole(Role.OPERATOR);
        return firms.approved();
    }

    /** The logged-in firm's own registration. */
    public Firm myFirm() {
        return firm(guard.requireRole(Role.FIRM).organisationId());
    }

    /** The logged-in firm's registration, or null when the account has none (e.g. a demo account). */
    public Firm myFirmIfAny() {
        return firms.find(guard.requireRole(Role.FIRM).organisationId()).orElse(null);
    }

    /** All of a firm's qualifications, whatever their review status (the firm's own pages, the operator's review). */
    public List<Qualification> qualifications(long firmId) {
        return firms.qualifications(firmId);
    }

    /** A page of the public directory by keyset (see {@link FirmRepository#directoryRows}). */
    public List<FirmRepository.DirectoryRow> directoryRows(String name, Long serviceItemId, String provinceCode,
                                                           String cursorName, Long cursorId, boolean backwards, int limit) {
        return firms.directoryRows(name, serviceItemId, RegionService.prefixOf(provinceCode), cursorName, cursorId, backwards,
                limit);
    }

    /** Approved, active firms, optionally by name, service item and province (a province-level region code). */
    public List<Firm> directory(String name, Long serviceItemId, String provinceCode, int first, int size) {
        return firms.directory(name, serviceItemId, RegionService.prefixOf(provinceCode), first, size);
    }


    /** An approved, active firm for its public profile; empty for any other. */
    public java.util.Optional<Firm> publicFirm(long firmId) {
        return firms.find(firmId).filter(f -> f.getStatus() == RegistrationStatus.APPROVED
                && accounts.organisation(firmId).getStatus() == OrganisationStatus.ACTIVE);
    }

    private Firm firm(long firmId) {
        return firms.find(firmId).orElseThrow(() -> new DomainException("firm.error.notFound"));
    }

}
