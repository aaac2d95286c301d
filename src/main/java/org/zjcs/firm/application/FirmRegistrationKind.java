package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.RegistrationKind;
import org.zjcs.security.application.ReviewFileSource;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Registration;

/**
 * Firms in the shared registration review ({@code security.application.RegistrationQueue}): approving a firm also
 * approves the qualification given with its registration. Also the files operators review in this context: a firm's
 * registration materials and its qualification scans.
 */
@ApplicationScoped
public class FirmRegistrationKind implements RegistrationKind, ReviewFileSource {

    @Inject
    FirmRepository firms;

    @Inject
    QualificationReviews qualificationReviews;

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.FIRM;
    }

    @Override
    public Optional<Firm> find(long organisationId) {
        return firms.find(organisationId);
    }

    @Override
    public List<Firm> awaitingReview() {
        return firms.awaitingReview();
    }

    @Override
    public String auditPrefix() {
        return "FIRM";
    }

    @Override
    public String objectType() {
        return FirmRegistration.OBJECT_TYPE;
    }

    @Override
    public String notificationPrefix() {
        return "notification.firm";
    }

    @Override
    public String workspace() {
        return "/firm/index.xhtml";
    }

    @Override
    public String notFoundKey() {
        return "firm.error.notFound";
    }

    @Override
    public void approved(Registration registration, String operator, Instant now) {
        qualificationReviews.approveWithRegistration(registration.getOrganisationId(), operator, now);
    }

    @Override
    public Optional<Review> reviewOf(long fileId) {
        Optional<Review> material = firms.firmOfMaterial(fileId).map(id -> new Review("FIRM_REGISTRATION", String.valueOf(id)));
        return material.isPresent() ? material
                : firms.qualificationOfScan(fileId).map(id -> new Review("QUALIFICATION_REVIEW", String.valueOf(id)));
    }
}
