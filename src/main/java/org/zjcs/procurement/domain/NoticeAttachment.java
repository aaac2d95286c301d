package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file attached to a notice (through the shared upload service); public once the notice is published. */
@Embeddable
public class NoticeAttachment {

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected NoticeAttachment() {
    }

    public NoticeAttachment(long storedFileId, String displayName, String sha256) {
        this.storedFileId = storedFileId;
        this.displayName = displayName;
        this.sha256 = sha256;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getSha256() {
        return sha256;
    }
}
