package org.zjcs.firm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.RegistrationQueue;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of operator/firms.xhtml: approved firms, suspended or reinstated with a reason. */
@Named
@ViewScoped
public class FirmAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirmService firmService;

    @Inject
    RegistrationQueue registrations;

    @Inject
    AccountService accounts;

    /** The reason typed on each row, by firm id. */
    private final Map<Long, String> reasons = new HashMap<>();

    public List<Firm> getFirms() {
        return firmService.approvedFirms();
    }

    public Organisation organisation(Firm f) {
        return accounts.organisation(f.getOrganisationId());
    }

    public void suspend(long firmId) {
        try {
            registrations.suspend(OrganisationKind.FIRM, firmId, reasons.get(firmId));
            Messages.info("firms.admin.suspended", accounts.organisation(firmId).getName());
            reasons.remove(firmId);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void reinstate(long firmId) {
        try {
            registrations.reinstate(OrganisationKind.FIRM, firmId, reasons.get(firmId));
            Messages.info("firms.admin.reinstated", accounts.organisation(firmId).getName());
            reasons.remove(firmId);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
