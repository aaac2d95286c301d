package org.zjcs.security.domain;

import java.util.Optional;
import java.util.Set;

/** Persistence of accounts. */
public interface AccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The account, locked for update until the transaction ends (serialises concurrent logins of one user). */
    Optional<UserAccount> lockByUsername(String username);

    Optional<UserAccount> findById(long id);

    /**
     * The account's roles as the database holds them now (never from a cache): a read that fails because the database
     * is away throws, so it can be told apart from an account without roles.
     */
    Set<Role> rolesInDatabase(long id);

    /** Persists a new account and writes it at once (assigns its id). */
    void add(UserAccount account);
}
