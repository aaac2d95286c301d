package org.zjcs.shared.storage;

import org.zjcs.shared.error.DomainException;

/**
 * Decides what an uploaded file is from its first bytes (magic numbers) only. The content type the browser declared
 * and the file name's extension are never looked at: an executable renamed {@code .pdf} is still an executable.
 * Anything but PDF, JPEG and PNG is refused ({@code upload.error.type}).
 */
public final class ContentTypeSniffer {

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int HEAD_LENGTH = 8;

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
