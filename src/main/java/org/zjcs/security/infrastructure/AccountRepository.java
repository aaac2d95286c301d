package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.domain.UserAccount;

/** Persistence of accounts. */
@ApplicationScoped
@Transactional
public class AccountRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        List<UserAccount> found = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The account, locked for update until the transaction ends (serialises concurrent logins of one user). */
    public Optional<UserAccount> lockByUsername(String username) {
        return findByUsername(username).map(u -> em.find(UserAccount.class, u.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }
}
