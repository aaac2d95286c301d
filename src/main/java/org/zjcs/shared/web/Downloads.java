package org.zjcs.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.LongFunction;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.DownloadHeaders;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/** Sends a stored file as an attachment, with its checked content type and no sniffing; 404 when its bytes are gone. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * For servlets mapped to {@code …/*} with a numeric id as the path: the file the caller may have for that id
     * ({@code finder} decides, empty when the caller may not), sent privately; 404 for a malformed or refused id.
     */
    public static void sendById(HttpServletRequest req, HttpServletResponse resp, FileStorageService files,
                                LongFunction<Optional<StoredFile>> finder) throws IOException {
        long id;
        try {
            id = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<StoredFile> f = finder.apply(id);
        if (f.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(resp, files, f.get(), "private, no-store");
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
