package org.zjcs.supervision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinRepository;
import org.zjcs.supervision.domain.BulletinState;

/**
 * JPA implementation of {@link BulletinRepository}. The lists read by the indexes {@code (regulator_org_id, id)} and
 * {@code (state, id)}: one page, no COUNT.
 */
@ApplicationScoped
@Transactional
public class JpaBulletinRepository implements BulletinRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Bulletin b) {
        em.persist(b);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Bulletin> find(long id) {
        return Optional.ofNullable(em.find(Bulletin.class, id));
    }

    @Override
    public Optional<Bulletin> lock(long id) {
        return Optional.ofNullable(em.find(Bulletin.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Bulletin> ofRegulator(long regulatorOrgId, Long cursorId, boolean backwards, int limit) {
        TypedQuery<Bulletin> q = em.createQuery("SELECT b FROM Bulletin b WHERE b.regulatorOrgId = :org"
                + cursor(cursorId, backwards) + order(backwards), Bulletin.class).setParameter("org", regulatorOrgId);
        return page(q, cursorId, backwards, limit);
    }

    @Override
    public List<Bulletin> published(Long cursorId, boolean backwards, int limit) {
        TypedQuery<Bulletin> q = em.createQuery("SELECT b FROM Bulletin b WHERE b.state = :s"
                + cursor(cursorId, backwards) + order(backwards), Bulletin.class).setParameter("s", BulletinState.PUBLISHED);
        return page(q, cursorId, backwards, limit);
    }

    private static String cursor(Long cursorId, boolean backwards) {
        return cursorId == null ? "" : backwards ? " AND b.id > :cursor" : " AND b.id < :cursor";
    }

    private static String order(boolean backwards) {
        return backwards ? " ORDER BY b.id ASC" : " ORDER BY b.id DESC";
    }

    private static List<Bulletin> page(TypedQuery<Bulletin> q, Long cursorId, boolean backwards, int limit) {
        if (cursorId != null) {
            q.setParameter("cursor", cursorId);
        }
        List<Bulletin> rows = new ArrayList<>(q.setMaxResults(limit).getResultList());
        if (backwards) {
            Collections.reverse(rows); // always in list order: newest first
        }
        return rows;
    }
}
