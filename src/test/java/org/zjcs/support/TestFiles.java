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

    /** A small but real PDF. */
    public static Path pdf(String name) throws IOException {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        Path dir = Files.createTempDirectory("zjcs-upload");
        return Files.write(dir.resolve(name), body.getBytes(StandardCharsets.US_ASCII));
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
