package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.Role;

/** JPA implementation of the domain repository: persistence of accounts. */
@ApplicationScoped
@Transactional
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        List<UserAccount> found = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The account, locked for update until the transaction ends (serialises concurrent logins of one user). */
    @Override
    public Optional<UserAccount> lockByUsername(String username) {
        return findByUsername(username).map(u -> em.find(UserAccount.class, u.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Set<Role> rolesInDatabase(long id) {
        List<?> names = em.createNativeQuery("SELECT role FROM user_role WHERE user_id = ?").setParameter(1, id)
                .getResultList();
        return names.stream().map(n -> Role.valueOf(n.toString())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }
}
