package org.zjcs.supervision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.supervision.domain.SupervisionApiKey;
import org.zjcs.supervision.domain.SupervisionApiKeyRepository;

/** Persistence of the supervision API keys (hashes only). */
@ApplicationScoped
@Transactional
public class JpaSupervisionApiKeyRepository implements SupervisionApiKeyRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(SupervisionApiKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<SupervisionApiKey> find(long id) {
        return Optional.ofNullable(em.find(SupervisionApiKey.class, id));
    }

    @Override
    public Optional<SupervisionApiKey> byHash(String hash) {
        return em.createQuery("SELECT k FROM SupervisionApiKey k WHERE k.keyHash = :h", SupervisionApiKey.class)
                .setParameter("h", hash).getResultList().stream().findFirst();
    }

    @Override
    public List<SupervisionApiKey> ofRegulator(long regulatorId) {
        return em.createQuery("SELECT k FROM SupervisionApiKey k WHERE k.regulatorId = :r ORDER BY k.createdAt DESC, k.id DESC",
                SupervisionApiKey.class).setParameter("r", regulatorId).getResultList();
    }
}
