package org.zjcs.delivery.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.zjcs.delivery.application.DeliveryQueries;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.web.Downloads;

/**
 * {@code GET /account/deliverable-files/{stored file id}}: a file of a deliverable version, to the winning firm, the
 * owner and the staff of the departments linked to the notice's approval cases. Anyone else gets 404.
 */
@WebServlet("/account/deliverable-files/*")
public class DeliverableFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeliveryQueries delivery;

    @Inject
    transient FileStorageService files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.sendById(req, resp, files, delivery::fileFor);
    }
}
