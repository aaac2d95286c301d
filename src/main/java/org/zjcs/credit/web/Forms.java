package org.zjcs.credit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.web.UploadedFiles;

/** Small helpers of the credit forms. */
final class Forms {

    private Forms() {
    }

    /** The files chosen in the form's file inputs (empty inputs left out). */
    static List<Upload> uploads(UploadedFile... files) throws IOException {
        List<Upload> out = new ArrayList<>();
        for (UploadedFile f : files) {
            Upload u = UploadedFiles.of(f);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** A date typed as yyyy-MM-dd; blank gives null; anything else is refused. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("credit.list.error.dates");
        }
    }
}
