package org.zjcs.owner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.application.ReviewFileSource;

/** The files operators review in this context: an owner unit's registration certificate. */
@ApplicationScoped
public class OwnerReviewFiles implements ReviewFileSource {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public Optional<Review> reviewOf(long fileId) {
        List<?> units = em.createNativeQuery("SELECT organisation_id FROM owner_unit WHERE certificate_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList();
        return units.isEmpty() ? Optional.empty()
                : Optional.of(new Review("OWNER_REGISTRATION", String.valueOf(units.get(0))));
    }
}
