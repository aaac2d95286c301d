package org.zjcs.selection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.selection.domain.SelectionResult;

/** Persistence of selection runs with their proofs. */
@ApplicationScoped
@Transactional
public class SelectionRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Every run of the notice, first round first. */
    public List<SelectionResult> ofNotice(long noticeId) {
        return em.createNamedQuery("SelectionResult.ofNotice", SelectionResult.class).setParameter("notice", noticeId)
                .getResultList();
    }

    /** The latest run of the notice, if any. */
    public Optional<SelectionResult> latest(long noticeId) {
        List<SelectionResult> all = ofNotice(noticeId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
