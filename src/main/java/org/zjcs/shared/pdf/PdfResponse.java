package org.zjcs.shared.pdf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.zjcs.shared.storage.DownloadHeaders;

/** Sends a built PDF as an attachment with its (Chinese) file name in RFC 5987 {@code filename*}, never cached. */
public final class PdfResponse {

    private PdfResponse() {
    }

    /** Laid out in full before the first byte is sent, so a failure answers 500 rather than a truncated file. */
    public static void send(HttpServletResponse resp, String fileName, PdfBuilder pdf) throws IOException {
        byte[] bytes = pdf.toBytes();
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", DownloadHeaders.contentDisposition(fileName));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** The numeric id of a {@code …/*} mapping's path ({@code /123} or {@code /123.pdf}); empty when malformed. */
    public static OptionalLong id(HttpServletRequest req) {
        String p = req.getPathInfo();
        if (p == null || !p.matches("/\\d{1,18}(\\.pdf)?")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(p.substring(1).replace(".pdf", "")));
    }
}
