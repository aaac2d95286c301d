package org.zjcs.procurement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.web.Downloads;

/**
 * Public downloads of a published notice's attachments: {@code /notice-files/{noticeId}/{fileId}}. A draft's files, a
 * file not attached to that notice, or anything malformed answer 404. Sent as attachments.
 */
@WebServlet("/notice-files/*")
public class NoticeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeQueries notices;

    @Inject
    transient FileStorageService files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().split("/");
        Optional<StoredFile> file = Optional.empty();
        if (parts.length == 3 && parts[1].matches("\\d{1,18}") && parts[2].matches("\\d{1,18}")) {
            long noticeId = Long.parseLong(parts[1]);
            long fileId = Long.parseLong(parts[2]);
            Optional<NoticeAttachment> a = notices.publicAttachment(noticeId, fileId);
            file = a.flatMap(x -> files.find(x.getStoredFileId()));
        }
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, files, file.get(), "public, max-age=300");
    }
}
