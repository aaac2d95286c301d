package org.zjcs.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file attached to an article: the stored file (shared.storage), its display name and SHA-256 as stored. */
@Embeddable
public class ArticleAttachment {

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected ArticleAttachment() {
    }

    public ArticleAttachment(long storedFileId, String displayName, String sha256) {
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
