package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadHeadersTest {

    @Test
    void asciiNamesAppearInBothForms() {
        assertEquals("attachment; filename=\"report-2026.pdf\"; filename*=UTF-8''report-2026.pdf",
                DownloadHeaders.contentDisposition("report-2026.pdf"));
    }

    @Test
    void chineseNamesArePercentEncodedAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf",
                DownloadHeaders.contentDisposition("证书.pdf"));
    }

    @Test
    void spacesQuotesAndBackslashesAreSafe() {
        String h = DownloadHeaders.contentDisposition("my \"final\" report.pdf");
        assertEquals("attachment; filename=\"my _final_ report.pdf\"; filename*=UTF-8''my%20%22final%22%20report.pdf", h);
        assertEquals("attachment; filename=\"a;b=c.pdf\"; filename*=UTF-8''a%3Bb%3Dc.pdf",
                DownloadHeaders.contentDisposition("a;b=c.pdf"));
        assertEquals("attachment; filename=\"100%.png\"; filename*=UTF-8''100%25.png",
                DownloadHeaders.contentDisposition("100%.png"));
    }

    @Test
    void headerInjectionAndPathsAreRemoved() {
        String h = DownloadHeaders.contentDisposition("../x\r\nSet-Cookie: a=b.pdf");
        assertFalse(h.contains("\r") || h.contains("\n"));
        assertEquals("attachment; filename=\"xSet-Cookie: a=b.pdf\"; filename*=UTF-8''xSet-Cookie%3A%20a%3Db.pdf", h);
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", DownloadHeaders.contentDisposition(null));
    }

    @Test
    void theEncodedFormDecodesToTheDisplayName() {
        String name = "中介机构承诺书（盖章）+附件 #1 ~v2.pdf";
        String h = DownloadHeaders.contentDisposition(name);
        String encoded = h.substring(h.indexOf("UTF-8''") + 7);
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        for (char c : encoded.toCharArray()) {
            assertFalse(c > 0x7E || c <= 0x20 || "\"\\;,=".indexOf(c) >= 0, "unsafe character " + c);
        }
    }
}
