package org.zjcs.firm.web;

import java.io.IOException;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.MaterialKind;

/** Turns the files a page received into what the firm service takes; an empty file input gives nothing. */
final class Uploads {

    private Uploads() {
    }

    static RegistrationForm.Upload of(UploadedFile f) throws IOException {
        if (f == null || f.getSize() == 0 && (f.getFileName() == null || f.getFileName().isBlank())) {
            return null;
        }
        return new RegistrationForm.Upload(f.getInputStream(), f.getFileName());
    }

    static void put(Map<MaterialKind, RegistrationForm.Upload> into, MaterialKind kind, UploadedFile f) throws IOException {
        RegistrationForm.Upload u = of(f);
        if (u != null) {
            into.put(kind, u);
        }
    }
}
