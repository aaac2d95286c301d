package org.zjcs.procurement.domain;

import java.util.List;
import java.util.Optional;

/** The departments' API keys (hashes only). */
public interface DepartmentApiKeyRepository {

    void add(DepartmentApiKey key);

    Optional<DepartmentApiKey> find(long id);

    Optional<DepartmentApiKey> byHash(String hash);

    List<DepartmentApiKey> all();
}
