package org.zjcs.firm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.application.ReviewFileSource;

/** The files operators review in this context: a firm's registration materials and its qualification scans. */
@ApplicationScoped
public class FirmReviewFiles implements ReviewFileSource {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public Optional<Review> reviewOf(long fileId) {
        List<?> firms = em.createNativeQuery("SELECT firm_id FROM firm_material WHERE stored_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList();
        if (!firms.isEmpty()) {
            return Optional.of(new Review("FIRM_REGISTRATION", String.valueOf(firms.get(0))));
        }
        List<?> qualifications = em.createNativeQuery("SELECT id FROM firm_qualification WHERE scan_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList();
        if (!qualifications.isEmpty()) {
            return Optional.of(new Review("QUALIFICATION_REVIEW", String.valueOf(qualifications.get(0))));
        }
        return Optional.empty();
    }
}
