package org.zjcs.selection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.selection.domain.Objection;

/** Persistence of objections. */
@ApplicationScoped
@Transactional
public class ObjectionRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Objection o) {
        em.persist(o);
        em.flush();
    }

    public Optional<Objection> lock(long id) {
        return Optional.ofNullable(em.find(Objection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Objection> ofNotice(long noticeId) {
        return em.createNamedQuery("Objection.ofNotice", Objection.class).setParameter("notice", noticeId).getResultList();
    }
}
