package org.zjcs.owner.domain;

import java.util.List;
import java.util.Optional;

/** Persistence of owner organisations (their review history comes with them). */
public interface OwnerRepository {

    void add(OwnerUnit unit);

    void flush();

    Optional<OwnerUnit> find(long organisationId);

    List<OwnerUnit> awaitingReview();

    /** The owner whose registration certificate is the stored file {@code fileId}, if any. */
    Optional<Long> ownerOfCertificate(long fileId);
}
