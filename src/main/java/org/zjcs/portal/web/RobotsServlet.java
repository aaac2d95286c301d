package org.zjcs.portal.web;

import org.zjcs.shared.web.FeedWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * robots.txt: crawlers may read the public pages, feeds, the public results API and the OCDS open data; the workspaces
 * of each role, the account pages, stored files, the login and registration forms and the other APIs (the test hooks
 * among them) are closed to them. Names the sitemap.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Paths (under the context path) crawlers must not fetch. */
    static final List<String> DISALLOWED = List.of("/account/", "/owner/", "/firm/", "/regulator/", "/operator/",
            "/approval/", "/files/", "/register/", "/login.xhtml", "/password-forgotten.xhtml", "/password-reset.xhtml",
            "/invitation.xhtml", "/api/");

    static String text(String contextPath, String site) {
        StringBuilder b = new StringBuilder("User-agent: *\n");
        b.append("Allow: ").append(contextPath).append("/api/portal/\n");
        b.append("Allow: ").append(contextPath).append("/api/ocds/\n");
        for (String p : DISALLOWED) {
            b.append("Disallow: ").append(contextPath).append(p).append('\n');
        }
        b.append("Allow: ").append(contextPath).append("/\n\n");
        b.append("Sitemap: ").append(site).append("/sitemap.xml\n");
        return b.toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/plain;charset=UTF-8");
        res.getOutputStream().write(text(req.getContextPath(), FeedWriter.site(req)).getBytes(StandardCharsets.UTF_8));
    }
}
