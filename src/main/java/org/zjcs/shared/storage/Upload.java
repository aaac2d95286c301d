package org.zjcs.shared.storage;

import java.io.InputStream;
import java.util.List;

/** A file as a page or API received it: its content and the name the uploader gave (display text only). */
public record Upload(InputStream content, String fileName) {

    public boolean isPresent() {
        return content != null;
    }

    /** The uploads that carry a file (a form's empty inputs left out); never null. */
    public static List<Upload> present(List<Upload> uploads) {
        return uploads == null ? List.of() : uploads.stream().filter(u -> u != null && u.isPresent()).toList();
    }
}
