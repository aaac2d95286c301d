package org.zjcs.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.OperatorFileAccess;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.web.Downloads;

/**
 * {@code GET /files/{id}}: a stored file, always as an attachment, only to its own organisation or to an operator
 * when the file belongs to a registration or qualification under review ({@link OperatorFileAccess}, audited as
 * {@code FILE_READ_FOR_REVIEW}). Anyone else gets 404, so ids reveal nothing.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

    @Inject
    Guard guard;

    private static final long serialVersionUID = 1L;

    @Inject
    transient FileStorageService files;

    @Inject
    transient OperatorFileAccess operatorAccess;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ZjcsPrincipal> me = guard.principal();
        if (me.isEmpty()) {
            resp.sendRedirect(req.getContextPath() + "/login.xhtml");
            return;
        }
        boolean operator = SecurityUtils.getSubject().hasRole(Role.OPERATOR.name());
        Downloads.sendById(req, resp, files, id -> files.find(id)
                .filter(f -> me.get().organisationId() == orZero(f.getOwnerOrganisationId())
                        || operator && operatorAccess.allowAndAudit(f.getId())));
    }

    private static long orZero(Long v) {
        return v == null ? -1 : v;
    }
}
