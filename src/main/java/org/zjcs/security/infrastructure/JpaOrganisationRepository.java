package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    public boolean creditCodeTaken(String creditCode, Long exceptId) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.creditCode = :c AND o.id <> :except", Long.class)
                .setParameter("c", creditCode).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean nameTaken(OrganisationKind kind, String name, Long exceptId) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.kind = :kind AND o.name = :name AND o.id <> :except",
                        Long.class).setParameter("kind", kind).setParameter("name", name)
                .setParameter("except", exceptId == null ? -1L : exceptId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Organisation> authorities(OrganisationKind kind, String nameContains, String cursorName, Long cursorId,
                                          boolean backwards, int limit) {
        StringBuilder q = new StringBuilder("SELECT o FROM Organisation o WHERE o.kind IN :kinds");
        if (nameContains != null) {
            q.append(" AND o.name LIKE :name ESCAPE '!'");
        }
        if (cursorName != null) {
            String cmp = backwards ? "<" : ">";
            q.append(" AND (o.name ").append(cmp).append(" :cn OR (o.name = :cn AND o.id ").append(cmp).append(" :ci))");
        }
        String dir = backwards ? " DESC" : " ASC";
        q.append(" ORDER BY o.name").append(dir).append(", o.id").append(dir);
        TypedQuery<Organisation> query = em.createQuery(q.toString(), Organisation.class)
                .setParameter("kinds", kind == null ? List.of(OrganisationKind.DEPARTMENT, OrganisationKind.REGULATOR)
                        : List.of(kind));
        if (nameContains != null) {
            query.setParameter("name", "%" + nameContains.replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (cursorName != null) {
            query.setParameter("cn", cursorName).setParameter("ci", cursorId == null ? 0L : cursorId);
        }
        List<Organisation> rows = new ArrayList<>(query.setMaxResults(limit).getResultList());
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }
}
