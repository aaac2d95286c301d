package org.zjcs.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The type comes from the first bytes only; names and declared types play no part (the sniffer never sees them). */
class ContentTypeSnifferTest {

    static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    /** Real headers: a PDF 1.7 file starts "%PDF-1.7\n%âãÏÓ". */
    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    /** JPEG/JFIF: SOI FF D8, then APP0 FF E0 and "JFIF". */
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01);
    /** JPEG/Exif as phones write it: APP1 FF E1. */
    static final byte[] JPEG_EXIF = bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x2A, 0x3C, 'E', 'x', 'i', 'f', 0x00, 0x00);
    /** PNG signature followed by the IHDR chunk. */
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R');
    /** An ELF executable (Linux), whatever its name, e.g. licence.pdf. */
    static final byte[] ELF = bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0);
    /** A PE executable (Windows .exe/.dll): "MZ". */
    static final byte[] PE = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00);
    /** A ZIP (also .docx, .xlsx, .jar). */
    static final byte[] ZIP = bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00);

    @Test
    void pdfJpegAndPngAreRecognisedByTheirMagicNumbers() {
        assertEquals(StoredFileType.PDF, ContentTypeSniffer.sniff(PDF));
        assertEquals(StoredFileType.JPEG, ContentTypeSniffer.sniff(JPEG));
        assertEquals(StoredFileType.JPEG, ContentTypeSniffer.sniff(JPEG_EXIF));
        assertEquals(StoredFileType.PNG, ContentTypeSniffer.sniff(PNG));
    }

    @Test
    void typesCarryContentTypeAndExtension() {
        assertEquals("application/pdf", StoredFileType.PDF.contentType());
        assertEquals("pdf", StoredFileType.PDF.extension());
        assertEquals("image/jpeg", StoredFileType.JPEG.contentType());
        assertEquals("jpg", StoredFileType.JPEG.extension());
        assertEquals("image/png", StoredFileType.PNG.contentType());
        assertEquals("png", StoredFileType.PNG.extension());
        assertEquals(StoredFileType.PNG, StoredFileType.ofContentType("image/png"));
    }

    @Test
    void onlyTheGivenLengthIsLookedAt() {
        assertEquals(StoredFileType.PDF, ContentTypeSniffer.sniff(PDF, 5));
        assertRefused(PDF, 4);
    }

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() {
        assertRefused(ELF);
        assertRefused(PE);
    }

    @Test
    void zipHtmlAndTextAreRefused() {
        assertRefused(ZIP);
        assertRefused("<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertRefused("营业执照扫描件\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("%PDX-1.7".getBytes(StandardCharsets.US_ASCII));
        // The magic number must be at the very start, not a few bytes in.
        assertRefused(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void polyglotsWithMarkupInTheirHeadAreRefusedWhateverTheirMagicNumber() {
        assertRefused("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        byte[] jpegWithScript = ("\u00ff\u00d8\u00ff\u00fe\u0000\u0020<SCRIPT>alert(1)</SCRIPT>").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(jpegWithScript);
        byte[] pngWithSvg = "\u0089PNG\r\n\u001a\n<svg onload='alert(1)'/>".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(pngWithSvg);
        // An ordinary PDF head (objects, a binary comment, an XMP packet) is taken.
        byte[] pdf = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<</Type/Catalog/Pages 2 0 R/Metadata 3 0 R>>endobj\n"
                + "3 0 obj<</Type/Metadata/Subtype/XML>>stream\n<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                + "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(StoredFileType.PDF, ContentTypeSniffer.sniff(pdf));
        // Markup past the head is not looked at (that is the file's content, served as a download of its type).
        byte[] late = new byte[ContentTypeSniffer.HEAD_LENGTH + 20];
        System.arraycopy(PDF, 0, late, 0, PDF.length);
        System.arraycopy("<script>".getBytes(StandardCharsets.US_ASCII), 0, late, ContentTypeSniffer.HEAD_LENGTH + 2, 8);
        assertEquals(StoredFileType.PDF, ContentTypeSniffer.sniff(late));
    }

    @Test
    void filesShorterThanTheMagicNumberAreRefused() {
        assertRefused(new byte[0]);
        assertRefused("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertRefused(bytes(0xFF, 0xD8));
        assertRefused(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A));
    }

    private static void assertRefused(byte[] head) {
        assertRefused(head, head.length);
    }

    private static void assertRefused(byte[] head, int length) {
        DomainException e = assertThrows(DomainException.class, () -> ContentTypeSniffer.sniff(head, length));
        assertEquals("upload.error.type", e.messageKey());
    }
}
