package org.zjcs.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.zjcs.portal.application.OperatorArticles;
import org.zjcs.portal.application.PublicArticles;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.web.Downloads;

/**
 * Downloads of an article's attachments: {@code /article-files/{articleId}/{fileId}}. Served to everyone only when the
 * article is PUBLISHED and the file is one of its attachments; a draft's or a withdrawn article's files, a file of
 * another article, anything malformed answer 404. Operators also get the files of drafts (their preview), privately.
 * Sent as attachments with the type decided at upload (an image in an article's body is loaded from here).
 */
@WebServlet("/article-files/*")
public class ArticleFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicArticles articles;

    @Inject
    transient FileStorageService files;

    @Inject
    transient Guard guard;

    @Inject
    transient OperatorArticles operatorArticles;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().split("/");
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,18}")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long articleId = Long.parseLong(parts[1]);
        long fileId = Long.parseLong(parts[2]);
        if (articles.isPublicAttachment(articleId, fileId)) {
            send(resp, fileId, "public, max-age=300");
        } else if (guard.hasRole(Role.OPERATOR) && operatorArticles.hasAttachment(articleId, fileId)) {
            send(resp, fileId, "private, no-store");
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void send(HttpServletResponse resp, long fileId, String cache) throws IOException {
        Optional<StoredFile> f = files.find(fileId);
        if (f.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, files, f.get(), cache);
    }
}
