package org.zjcs.shared.storage;

import java.nio.charset.StandardCharsets;

/**
 * Header values for sending a stored file. Files are always sent as attachments (never displayed inline in the
 * platform's own origin), with the display name as an ASCII fallback and as UTF-8 (RFC 6266, RFC 5987/8187).
 * Whether the user may download the file at all is decided by the calling context.
 */
public final class DownloadHeaders {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DownloadHeaders() {
    }

    /** E.g. {@code attachment; filename="_.pdf"; filename*=UTF-8''%E8%AF%81.pdf}. */
    public static String contentDisposition(String displayName) {
        String name = FileNames.displayName(displayName);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** Printable ASCII only, without {@code "} and {@code \}; every other character becomes {@code _}. */
    static String asciiFallback(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> b.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
        return b.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other UTF-8 byte as %XX. */
    static String percentEncode(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (isAttrChar(c)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return b.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
