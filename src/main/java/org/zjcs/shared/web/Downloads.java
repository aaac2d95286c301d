package org.zjcs.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.DownloadHeaders;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/** Sends a stored file as an attachment, with its checked content type and no sniffing; 404 when its bytes are gone. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse resp, FileStorageService files, StoredFile f, String cacheControl)
            throws IOException {
        InputStream in;
        try {
            in = files.open(f);
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(f.getContentType());
        resp.setHeader("Content-Disposition", DownloadHeaders.contentDisposition(f.getDisplayName()));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", cacheControl);
        resp.setContentLengthLong(f.getSizeBytes());
        try (in) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
