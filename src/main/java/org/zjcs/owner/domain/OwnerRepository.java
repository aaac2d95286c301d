package org.zjcs.owner.domain;

import java.util.List;
import java.util.Optional;

/** Persistence of owner organisations and their review history. */
public interface OwnerRepository {

    void add(Object entity);

    void flush();

    Optional<OwnerUnit> find(long organisationId);

    List<OwnerUnit> awaitingReview();

    List<OwnerReviewEvent> history(long organisationId);
}
