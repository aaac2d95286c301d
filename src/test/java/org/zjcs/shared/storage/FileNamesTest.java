package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static String d(String s) {
        return FileNames.displayName(s);
    }

    @Test
    void directoryPartsAreRemoved() {
        assertEquals("passwd", d("../../etc/passwd"));
        assertEquals("证书.pdf", d("C:\\x\\证书.pdf"));
        assertEquals("营业执照.pdf", d("/home/u/营业执照.pdf"));
        assertEquals("a.pdf", d("..\\..\\a.pdf"));
        assertEquals("b.png", d("x/y\\b.png"));
    }

    @Test
    void plainNamesStayAsTheyAre() {
        assertEquals("中介机构承诺书（盖章）.pdf", d("中介机构承诺书（盖章）.pdf"));
        assertEquals("licence scan 2026.jpg", d("licence scan 2026.jpg"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("ab.pdf", d("a\u0000b.pdf"));
        assertEquals("report.pdfSet-Cookie: x=1", d("report.pdf\r\nSet-Cookie: x=1"));
        assertEquals("ab.pdf", d("a\tb\u001F.pdf"));
        assertEquals("ab.pdf", d("a\u007Fb.pdf"));
        assertEquals("ab.pdf", d("a\u0085b.pdf"));
        assertEquals("ab.pdf", d("a\u2028b\u2029.pdf"));
        // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertEquals("invoicefdp.exe", d("invoice\u202Efdp.exe"));
    }

    @Test
    void leadingDotsAndBlanksAreRemoved() {
        assertEquals("htaccess", d(".htaccess"));
        assertEquals("hidden.pdf", d("  ...hidden.pdf  "));
        assertEquals("x.pdf", d(" . x.pdf"));
    }

    @Test
    void nothingLeftBecomesFile() {
        assertEquals("file", d(null));
        assertEquals("file", d(""));
        assertEquals("file", d("   "));
        assertEquals("file", d(".."));
        assertEquals("file", d("../"));
        assertEquals("file", d("C:\\"));
        assertEquals("file", d("\u0000\r\n"));
    }

    @Test
    void longNamesAreCutTo200CharactersKeepingTheExtension() {
        String name = "a".repeat(296) + ".pdf";
        String shown = d(name);
        assertEquals(200, shown.length());
        assertTrue(shown.endsWith(".pdf"));
        assertEquals("a".repeat(196) + ".pdf", shown);

        String chinese = "资".repeat(300) + ".jpeg";
        assertEquals("资".repeat(195) + ".jpeg", d(chinese));

        assertEquals("b".repeat(200), d("b".repeat(300)));
        assertEquals("c".repeat(200), d("c".repeat(200)));
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String name = "\uD83D\uDCC4".repeat(250) + ".pdf"; // 📄 × 250
        String shown = d(name);
        assertEquals(200, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith(".pdf"));
        assertEquals("\uD83D\uDCC4".repeat(196) + ".pdf", shown);
    }
}
