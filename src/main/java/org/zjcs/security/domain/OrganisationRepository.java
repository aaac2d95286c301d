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

    /** Whether another organisation than {@code exceptId} (null: any) has this credit code. */
    boolean creditCodeTaken(String creditCode, Long exceptId);

    /** Whether another organisation of this kind than {@code exceptId} (null: any) has this name. */
    boolean nameTaken(OrganisationKind kind, String name, Long exceptId);

    /**
     * Departments and regulators (or only {@code kind}), whose name contains {@code nameContains} (null: all), after
     * (or, {@code backwards}, before) the position (name, id) — null for the first page — by name and id, at most
     * {@code limit}, always returned in list order.
     */
    List<Organisation> authorities(OrganisationKind kind, String nameContains, String cursorName, Long cursorId,
                                   boolean backwards, int limit);

    /** Persists a new organisation (assigns its id). */
    void add(Organisation organisation);
}
