package org.zjcs.shared.web;

import java.io.Serializable;
import java.util.Locale;
import org.zjcs.shared.storage.TempUploads;

/**
 * One file input's file kept for a form after a failed submit ({@link HeldFiles}): shown as already attached, with its
 * name and size, until the form succeeds, the user removes or replaces it, the session ends or the sweep deletes it.
 */
public final class UploadSlot implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String fileName;
    private final long size;

    UploadSlot(String key, String fileName, long size) {
        this.key = key;
        this.fileName = fileName;
        this.size = size;
    }

    static UploadSlot of(TempUploads.Held h) {
        return new UploadSlot(h.key(), h.fileName(), h.size());
    }

    String key() {
        return key;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    /** The size for people: 830 B, 35 KB, 1.2 MB. */
    public String getSizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
