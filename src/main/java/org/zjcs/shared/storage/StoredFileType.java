package org.zjcs.shared.storage;

/** The only kinds of file the platform stores, each with its content type and the extension it is stored under. */
public enum StoredFileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String contentType;
    private final String extension;

    StoredFileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot. */
    public String extension() {
        return extension;
    }

    /** The type whose content type is {@code contentType}; for reading stored rows back. */
    public static StoredFileType ofContentType(String contentType) {
        for (StoredFileType t : values()) {
            if (t.contentType.equals(contentType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a stored file type: " + contentType);
    }
}
