package org.zjcs.selection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;

/** JPA implementation of {@link ObjectionRepository}. */
@ApplicationScoped
@Transactional
public class JpaObjectionRepository implements ObjectionRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Objection o) {
        em.persist(o);
        em.flush();
    }

    @Override
    public Optional<Objection> lock(long id) {
        return Optional.ofNullable(em.find(Objection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Objection> ofNotice(long noticeId) {
        return em.createNamedQuery("Objection.ofNotice", Objection.class).setParameter("notice", noticeId).getResultList();
    }
}
