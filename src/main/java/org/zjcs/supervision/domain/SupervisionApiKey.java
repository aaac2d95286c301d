package org.zjcs.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/**
 * An API key with a supervision scope: a provincial platform reads {@code /api/supervision/...} with it, as the
 * regulator organisation that issued it, GET only. Only its SHA-256 is kept; a revoked key stays for the record.
 */
@Entity
@Table(name = "supervision_api_key")
public class SupervisionApiKey {

    public static final int LABEL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "regulator_id", nullable = false, updatable = false)
    private long regulatorId;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected SupervisionApiKey() {
    }

    /** A new key of a regulator organisation, known by its hash; the label (which platform uses it) is required. */
    public SupervisionApiKey(long regulatorId, String keyHash, String label, Instant createdAt, String createdBy) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > LABEL_MAX) {
            throw new DomainException("risk.apiKey.error.label", String.valueOf(LABEL_MAX));
        }
        this.regulatorId = regulatorId;
        this.keyHash = keyHash;
        this.label = l;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Revoked from {@code at} on, once. */
    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw new DomainException("risk.apiKey.error.revoked");
        }
        revokedAt = at;
        revokedBy = by;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRegulatorId() {
        return regulatorId;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
