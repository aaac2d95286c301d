package org.zjcs.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.shared.storage.Upload;

/** Turns a file a page received into what the services take; an empty file input gives null. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static Upload of(UploadedFile f) throws IOException {
        if (f == null || f.getSize() == 0 && (f.getFileName() == null || f.getFileName().isBlank())) {
            return null;
        }
        return new Upload(f.getInputStream(), f.getFileName());
    }

    /** The files chosen in several file inputs of one form, empty inputs left out. */
    public static List<Upload> all(UploadedFile... files) throws IOException {
        List<Upload> out = new ArrayList<>();
        for (UploadedFile f : files) {
            Upload u = of(f);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }
}
