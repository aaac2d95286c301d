package org.zjcs.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One evidence file of a list entry, a repair application or a finding, with its SHA-256 as uploaded (never public). */
@Embeddable
public class CreditEvidence {

    /** At most this many evidence files per entry, application or finding. */
    public static final int MAX_FILES = 5;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    protected CreditEvidence() {
    }

    public CreditEvidence(long fileId, String sha256, String displayName) {
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
