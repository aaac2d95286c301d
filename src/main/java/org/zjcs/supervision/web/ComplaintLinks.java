package org.zjcs.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionStatus;

/**
 * For the objection list of the notice page (selection-result include): whether the logged-in firm may open the
 * complaint form for an objection (its own, rejected). The form itself checks the period and the rest.
 */
@Named
@RequestScoped
public class ComplaintLinks {

    @Inject
    Guard guard;

    public boolean complainable(Objection o) {
        return o != null && o.getStatus() == ObjectionStatus.REJECTED && guard.hasRole(Role.FIRM)
                && guard.principal().map(p -> p.organisationId() == o.getFirmId()).orElse(false);
    }
}
