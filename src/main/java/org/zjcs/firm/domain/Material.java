package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One uploaded material of a firm: its kind and the stored file. */
@Embeddable
public class Material {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private MaterialKind kind;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    protected Material() {
    }

    public Material(MaterialKind kind, long storedFileId) {
        this.kind = kind;
        this.storedFileId = storedFileId;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public long getStoredFileId() {
        return storedFileId;
    }
}
