package org.zjcs.shared.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A stored file as another record keeps it (deliverable files, credit evidence): the file's id, its SHA-256 as uploaded
 * (shown so that anyone holding the file can check it) and its display name. Columns {@code file_id}, {@code sha256},
 * {@code display_name}.
 */
@Embeddable
public class FileRef implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    protected FileRef() {
    }

    public FileRef(long fileId, String sha256, String displayName) {
        this.fileId = fileId;
        this.sha256 = sha256;
        this.displayName = displayName;
    }

    public static FileRef of(StoredFile f) {
        return new FileRef(f.getId(), f.getSha256(), f.getDisplayName());
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
