package org.zjcs.selection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionRepository;

/** JPA implementation of {@link SelectionRepository}. */
@ApplicationScoped
@Transactional
public class JpaSelectionRepository implements SelectionRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(SelectionResult result) {
        em.persist(result);
        em.flush();
    }

    /** Every run of the notice, first round first. */
    @Override
    public List<SelectionResult> ofNotice(long noticeId) {
        return em.createNamedQuery("SelectionResult.ofNotice", SelectionResult.class).setParameter("notice", noticeId)
                .getResultList();
    }

    /** The latest run of the notice, if any. */
    @Override
    public Optional<SelectionResult> latest(long noticeId) {
        List<SelectionResult> all = ofNotice(noticeId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
