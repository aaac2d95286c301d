package org.zjcs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.zjcs.security.domain.CreditCode;

/** Files and codes for registration tests. */
public final class TestFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestFiles() {
    }

    private static final String PDF_START = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
    private static final String PDF_END = "trailer << /Root 1 0 R >>\n%%EOF\n";

    /** A small but real PDF. */
    public static Path pdf(String name) throws IOException {
        Path dir = Files.createTempDirectory("zjcs-upload");
        return Files.write(dir.resolve(name), pdfBytes());
    }

    /** The bytes of a small but real PDF. */
    public static byte[] pdfBytes() {
        return (PDF_START + PDF_END).getBytes(StandardCharsets.US_ASCII);
    }

    /** A real PDF of exactly {@code size} bytes: the small one with a comment line of padding in the middle. */
    public static byte[] pdfBytes(int size) {
        byte[] start = PDF_START.getBytes(StandardCharsets.US_ASCII);
        byte[] end = PDF_END.getBytes(StandardCharsets.US_ASCII);
        int padding = size - start.length - end.length - 2;
        if (padding < 0) {
            throw new IllegalArgumentException("a PDF needs at least " + (start.length + end.length + 2) + " bytes");
        }
        byte[] pdf = new byte[size];
        System.arraycopy(start, 0, pdf, 0, start.length);
        int at = start.length;
        pdf[at++] = '%';
        java.util.Arrays.fill(pdf, at, at + padding, (byte) 'x');
        at += padding;
        pdf[at++] = '\n';
        System.arraycopy(end, 0, pdf, at, end.length);
        return pdf;
    }

    /** An ELF executable's header, saved under a name ending in .pdf. */
    public static Path executableNamedPdf() throws IOException {
        byte[] elf = new byte[64];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        Path dir = Files.createTempDirectory("zjcs-upload");
        return Files.write(dir.resolve("营业执照.pdf"), elf);
    }

    /** A fresh, valid unified social credit code (a Xi'an firm). */
    public static String creditCode() {
        StringBuilder sb = new StringBuilder("91610103MA6");
        for (int i = 0; i < 6; i++) {
            sb.append(CreditCode.CHARSET.charAt(RANDOM.nextInt(CreditCode.CHARSET.length())));
        }
        return sb.toString() + CreditCode.checkCharacter(sb);
    }
}
