package org.zjcs.procurement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.DepartmentApiKey;
import org.zjcs.procurement.domain.DepartmentApiKeyRepository;

/** Persistence of the departments' API keys (hashes only). */
@ApplicationScoped
@Transactional
public class JpaDepartmentApiKeyRepository implements DepartmentApiKeyRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(DepartmentApiKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<DepartmentApiKey> find(long id) {
        return Optional.ofNullable(em.find(DepartmentApiKey.class, id));
    }

    @Override
    public Optional<DepartmentApiKey> byHash(String hash) {
        return em.createNamedQuery("DepartmentApiKey.byHash", DepartmentApiKey.class).setParameter("hash", hash)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<DepartmentApiKey> all() {
        return em.createNamedQuery("DepartmentApiKey.all", DepartmentApiKey.class).getResultList();
    }
}
