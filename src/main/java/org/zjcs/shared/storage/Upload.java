package org.zjcs.shared.storage;

import java.io.InputStream;

/** A file as a page or API received it: its content and the name the uploader gave (display text only). */
public record Upload(InputStream content, String fileName) {

    public boolean isPresent() {
        return content != null;
    }
}
