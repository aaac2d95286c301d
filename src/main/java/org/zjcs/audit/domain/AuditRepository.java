package org.zjcs.audit.domain;

import java.util.List;
import java.util.Map;

/** Persistence of the audit chain. */
public interface AuditRepository {

    /** The chain head, read from the database and locked (SELECT ... FOR UPDATE) until the transaction ends. */
    AuditChainHead lockHead();

    /** The chain head as last committed (no shared cache: always read from the database). */
    AuditChainHead head();

    void append(AuditChainHead head, AuditRecord record);

    /** A page of entries in id order, from {@code fromId} up to at most {@code toId}. */
    List<AuditEntry> page(long fromId, long toId, int size);

    long count();

    /** Newest first, optionally filtered (keys: actor, action, objectType, objectId), for the operator page. */
    List<AuditEntry> search(Map<String, String> filters, int first, int size);

    long countMatching(Map<String, String> filters);
}
