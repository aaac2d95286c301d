package org.zjcs.supervision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.web.Downloads;
import org.zjcs.supervision.application.ComplaintQueries;

/**
 * {@code GET /regulator/complaint-files/{id}}: an evidence file of a complaint or report, to a regulator the item was
 * routed to (404 for anyone else). The reporter downloads its own files through {@code /files/{id}}.
 */
@WebServlet("/regulator/complaint-files/*")
public class ComplaintFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintQueries queries;

    @Inject
    transient FileStorageService files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.sendById(req, resp, files, queries::evidenceForRegulator);
    }
}
