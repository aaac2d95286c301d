package org.zjcs.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of organisations. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    /** Several organisations at once (one query), in no particular order; unknown ids are missing. */
    List<Organisation> findAll(Collection<Long> ids);

    /** Whether an organisation registered with this credit code already. */
    boolean creditCodeTaken(String creditCode);

    /** The organisations of one kind in one standing, by name. */
    List<Organisation> ofKind(OrganisationKind kind, OrganisationStatus status);

    /** Persists a new organisation (assigns its id). */
    void add(Organisation organisation);
}
