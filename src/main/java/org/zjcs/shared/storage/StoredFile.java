package org.zjcs.shared.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored upload (table {@code stored_file}). Immutable once written: a corrected document is a new file. The
 * contexts that use files (firm materials, qualification scans, contracts, deliverables) refer to it by id and decide
 * who may download it.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The path relative to the storage root, e.g. {@code files/2026/11/<uuid>.pdf}. */
    @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
    private String storageKey;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    /** The uploader's file name, cleaned by {@link FileNames#displayName}; display text only. */
    @Column(name = "display_name", nullable = false, length = 255, updatable = false)
    private String displayName;

    @Column(name = "purpose", nullable = false, length = 32, updatable = false)
    private String purpose;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    protected StoredFile() {
    }

    public StoredFile(String storageKey, String sha256, long sizeBytes, StoredFileType type, String displayName,
            String purpose, String uploadedBy, Instant uploadedAt, Long ownerOrganisationId) {
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.contentType = type.contentType();
        this.displayName = displayName;
        this.purpose = purpose;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.ownerOrganisationId = ownerOrganisationId;
    }

    public Long getId() {
        return id;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getContentType() {
        return contentType;
    }

    public StoredFileType getType() {
        return StoredFileType.ofContentType(contentType);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }
}
