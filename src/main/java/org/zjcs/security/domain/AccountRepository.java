package org.zjcs.security.domain;

import java.util.Optional;

/** Persistence of accounts. */
public interface AccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The account, locked for update until the transaction ends (serialises concurrent logins of one user). */
    Optional<UserAccount> lockByUsername(String username);

    Optional<UserAccount> findById(long id);

    /** Persists a new account and writes it at once (assigns its id). */
    void add(UserAccount account);
}
