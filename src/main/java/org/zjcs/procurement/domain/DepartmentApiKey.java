package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/**
 * The API key of an approval department's system, with which it pushes approval cases. Only the SHA-256 of the key is
 * kept; the key itself is shown once when issued. A revoked key stays (for the record) but no longer authenticates.
 */
@Entity
@Table(name = "department_api_key")
@NamedQuery(name = "DepartmentApiKey.byHash", query = "SELECT k FROM DepartmentApiKey k WHERE k.keyHash = :hash")
@NamedQuery(name = "DepartmentApiKey.all",
        query = "SELECT k FROM DepartmentApiKey k ORDER BY k.departmentId, k.createdAt DESC, k.id DESC")
public class DepartmentApiKey {

    public static final int LABEL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected DepartmentApiKey() {
    }

    /** A new key of a department, known only by its hash; the label (what system uses it) is required. */
    public DepartmentApiKey(long departmentId, String keyHash, String label, Instant createdAt, String createdBy) {
        String l = label == null ? "" : label.trim();
        if (l.isEmpty() || l.length() > LABEL_MAX) {
            throw new DomainException("apiKey.error.label", String.valueOf(LABEL_MAX));
        }
        this.departmentId = departmentId;
        this.keyHash = keyHash;
        this.label = l;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Revokes the key from {@code at} on; a key is revoked once. */
    public void revoke(Instant at) {
        if (revokedAt != null) {
            throw new DomainException("apiKey.error.revoked");
        }
        revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getDepartmentId() {
        return departmentId;
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
}
