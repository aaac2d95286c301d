package org.zjcs.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the append-only audit chain. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.range", query = "SELECT e FROM AuditEntry e WHERE e.id >= :fromId AND e.id <= :toId ORDER BY e.id")
@NamedQuery(name = "AuditEntry.count", query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 64)
    private String objectId;

    @Column(name = "details", nullable = false, updatable = false)
    private String details;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(AuditRecord r) {
        this.id = r.id();
        this.occurredAt = r.occurredAt();
        this.actor = r.actor();
        this.action = r.action();
        this.objectType = r.objectType();
        this.objectId = r.objectId();
        this.details = r.details();
        this.prevHash = r.prevHash();
        this.hash = r.hash();
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, objectType, objectId, details, prevHash, hash);
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetails() {
        return details;
    }

    public String getHash() {
        return hash;
    }
}
