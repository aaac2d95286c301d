package org.zjcs.firm.web;

import java.io.IOException;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.UploadSlot;

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

    /** The held file of a slot as the firm service takes it, or null (empty slot, or swept after an hour). */
    static RegistrationForm.Upload of(HeldFiles held, UploadSlot slot) {
        Upload u = held.open(slot);
        return u == null ? null : new RegistrationForm.Upload(u.content(), u.fileName());
    }

    static void put(Map<MaterialKind, RegistrationForm.Upload> into, MaterialKind kind, HeldFiles held, UploadSlot slot) {
        RegistrationForm.Upload u = of(held, slot);
        if (u != null) {
            into.put(kind, u);
        }
    }

    static void put(Map<MaterialKind, RegistrationForm.Upload> into, MaterialKind kind, UploadedFile f) throws IOException {
        RegistrationForm.Upload u = of(f);
        if (u != null) {
            into.put(kind, u);
        }
    }
}
