package org.zjcs.incontainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;

/**
 * The current actor of the in-container tests, instead of Shiro's subject (only in the Arquillian deployment): a test
 * says whom it acts as ({@link #actAs}) and the services see that user, with the roles the test names. Nobody
 * (like a timer) until then and after {@link #nobody()}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ArqGuard implements Guard {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    private volatile ZjcsPrincipal principal;
    private volatile Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Acts as the account {@code username} (its ids read from the database) holding {@code roles}. */
    public ZjcsPrincipal actAs(String username, Role first, Role... more) {
        List<?> rows = em.createNativeQuery("SELECT id, organisation_id FROM user_account WHERE username = ?")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No account " + username);
        }
        Object[] row = (Object[]) rows.get(0);
        principal = new ZjcsPrincipal(((Number) row[0]).longValue(), username, ((Number) row[1]).longValue());
        roles = EnumSet.of(first, more);
        return principal;
    }

    /** Nobody is logged in. */
    public void nobody() {
        principal = null;
        roles = EnumSet.noneOf(Role.class);
    }

    @Override
    public Optional<ZjcsPrincipal> principal() {
        return Optional.ofNullable(principal);
    }

    @Override
    public boolean hasRole(Role role) {
        return principal != null && roles.contains(role);
    }
}
