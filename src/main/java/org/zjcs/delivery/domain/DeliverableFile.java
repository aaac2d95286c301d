package org.zjcs.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One file of a deliverable version, with its SHA-256 as uploaded. */
@Embeddable
public class DeliverableFile {

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    protected DeliverableFile() {
    }

    public DeliverableFile(long fileId, String sha256, String displayName) {
        this.fileId = fileId;
        this.sha256 = sha256;
        this.displayName = displayName;
    }

    public long getFileId() {
        return fileId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDisplayName() {
        return displayName;
    }
}
