package org.zjcs.supervision.domain;

import java.util.List;
import java.util.Optional;

/** Stored supervision API keys (hashes only). */
public interface SupervisionApiKeyRepository {

    void add(SupervisionApiKey key);

    Optional<SupervisionApiKey> find(long id);

    Optional<SupervisionApiKey> byHash(String hash);

    /** A regulator organisation's keys, newest first. */
    List<SupervisionApiKey> ofRegulator(long regulatorId);
}
