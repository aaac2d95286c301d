package org.zjcs.shared.storage;

import org.zjcs.shared.error.DomainException;

/**
 * Decides what an uploaded file is from its first bytes (magic numbers) only. The content type the browser declared
 * and the file name's extension are never looked at: an executable renamed {@code .pdf} is still an executable.
 * Anything but PDF, JPEG and PNG is refused ({@code upload.error.type}). So is a polyglot: a file whose head (the
 * first {@link #HEAD_LENGTH} bytes) holds HTML, SVG or script markup, whatever its magic number, e.g. a "PDF" that a
 * browser would also render as a page with scripts, or a JPEG with a script in its comment (issue 14, bad-input
 * corpus).
 */
public final class ContentTypeSniffer {

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int HEAD_LENGTH = 1024;

    /** Markup that makes a file's head readable as a web page or an image with scripts (ASCII, any case). */
    private static final String[] MARKUP = {"<html", "<script", "<svg", "<body", "<iframe", "<!doctype", "<object",
        "<embed", "javascript:", "onload=", "onerror="};

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private ContentTypeSniffer() {
    }

    public static StoredFileType sniff(byte[] head) {
        return sniff(head, head.length);
    }

    /** Looks at {@code head[0..length)}; shorter than a type's magic number means not of that type. */
    public static StoredFileType sniff(byte[] head, int length) {
        if (holdsMarkup(head, Math.min(length, head.length))) {
            throw new DomainException("upload.error.type");
        }
        if (startsWith(head, length, PDF)) {
            return StoredFileType.PDF;
        }
        if (startsWith(head, length, JPEG)) {
            return StoredFileType.JPEG;
        }
        if (startsWith(head, length, PNG)) {
            return StoredFileType.PNG;
        }
        throw new DomainException("upload.error.type");
    }

    /** Whether the first {@code length} bytes hold one of {@link #MARKUP}, ignoring ASCII case. */
    static boolean holdsMarkup(byte[] head, int length) {
        StringBuilder ascii = new StringBuilder(Math.min(length, HEAD_LENGTH));
        for (int i = 0; i < Math.min(length, HEAD_LENGTH); i++) {
            int b = head[i] & 0xFF;
            ascii.append(b < 0x80 ? Character.toLowerCase((char) b) : '\u0000');
        }
        String text = ascii.toString();
        for (String m : MARKUP) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
