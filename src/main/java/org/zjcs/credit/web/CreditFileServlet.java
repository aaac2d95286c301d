package org.zjcs.credit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.zjcs.credit.application.CreditEvidence;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.web.Downloads;

/**
 * {@code GET /account/credit-files/{stored file id}}: an evidence file of a list entry, a credit repair application or
 * a finding, to regulators and to the firm it concerns. Anyone else gets 404 (evidence is never public).
 */
@WebServlet("/account/credit-files/*")
public class CreditFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CreditEvidence evidence;

    @Inject
    transient FileStorageService files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.sendById(req, resp, files, evidence::fileFor);
    }
}
