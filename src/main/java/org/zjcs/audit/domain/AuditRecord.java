package org.zjcs.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The content of one audit entry, as it is hashed. The time is kept to the microsecond, as the
 * database stores it, so that a record read back hashes to the same value.
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String objectType,
                          String objectId, String details, String prevHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
    }
}
