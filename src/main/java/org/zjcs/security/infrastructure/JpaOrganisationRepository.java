package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.OrganisationStatus;

/** JPA implementation of the domain repository: persistence of organisations. */
@ApplicationScoped
@Transactional
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public List<Organisation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    @Override
    public boolean creditCodeTaken(String creditCode) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.creditCode = :c", Long.class)
                .setParameter("c", creditCode).getResultList().isEmpty();
    }

    @Override
    public List<Organisation> ofKind(OrganisationKind kind, OrganisationStatus status) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.kind = :kind AND o.status = :status ORDER BY o.name",
                Organisation.class).setParameter("kind", kind).setParameter("status", status).getResultList();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }
}
