package org.zjcs.owner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.zjcs.owner.domain.OwnerRepository;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.security.application.RegistrationKind;
import org.zjcs.security.application.ReviewFileSource;
import org.zjcs.security.domain.OrganisationKind;

/**
 * Owner organisations in the shared registration review ({@code security.application.RegistrationQueue}), and the
 * file operators review with them: the unit's certificate.
 */
@ApplicationScoped
public class OwnerRegistrationKind implements RegistrationKind, ReviewFileSource {

    @Inject
    OwnerRepository owners;

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.OWNER;
    }

    @Override
    public Optional<OwnerUnit> find(long organisationId) {
        return owners.find(organisationId);
    }

    @Override
    public List<OwnerUnit> awaitingReview() {
        return owners.awaitingReview();
    }

    @Override
    public String auditPrefix() {
        return "OWNER";
    }

    @Override
    public String objectType() {
        return OwnerService.OBJECT_TYPE;
    }

    @Override
    public String notificationPrefix() {
        return "notification.owner";
    }

    @Override
    public String workspace() {
        return OwnerService.WORKSPACE;
    }

    @Override
    public String notFoundKey() {
        return "owner.error.notFound";
    }

    @Override
    public Optional<Review> reviewOf(long fileId) {
        return owners.ownerOfCertificate(fileId).map(id -> new Review("OWNER_REGISTRATION", String.valueOf(id)));
    }
}
