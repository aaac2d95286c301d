package org.zjcs.contract.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.web.Downloads;

/**
 * {@code GET /account/contract-files/{contract version id}}: the signed contract, to either party of it (the uploader's
 * organisation owns the stored file, so the general {@code /files/} servlet would refuse the other party). Anyone else
 * gets 404.
 */
@WebServlet("/account/contract-files/*")
public class ContractFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContractQueries contracts;

    @Inject
    transient FileStorageService files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.sendById(req, resp, files, contracts::fileFor);
    }
}
