package org.zjcs.shared.storage;

/**
 * The original name of an uploaded file is kept only as display text; files are stored under a random name. This
 * makes a name harmless to show and to send in a header: no directory part, no control characters (which include
 * CR/LF, and line and paragraph separators), no invisible direction overrides, no leading dots, at most
 * {@value #MAX_LENGTH} characters with the extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    /** Used when nothing is left of the name. */
    public static final String FALLBACK = "file";
    /** Longest tail after the last dot that still counts as an extension when a name is shortened. */
    private static final int MAX_EXTENSION = 16;

    private FileNames() {
    }

    public static String displayName(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(cp -> !isInvisibleControl(cp)).forEach(clean::appendCodePoint);
        name = stripLeadingDots(clean.toString().strip()).strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return limit(name);
    }

    private static boolean isInvisibleControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL // U+0000–U+001F, U+007F–U+009F
                || type == Character.LINE_SEPARATOR // U+2028
                || type == Character.PARAGRAPH_SEPARATOR // U+2029
                || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides ("rcp.exe" shown as "exe.pcr")
                || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
                || cp == 0x200E || cp == 0x200F // left-to-right / right-to-left marks
                || cp == 0xFEFF; // byte order mark
    }

    private static String stripLeadingDots(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        return s.substring(i);
    }

    private static String limit(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = "";
        if (dot > 0) {
            String candidate = name.substring(dot);
            if (candidate.codePointCount(0, candidate.length()) <= MAX_EXTENSION) {
                extension = candidate;
            }
        }
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String base = name.substring(0, name.length() - extension.length());
        base = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
        return base + extension;
    }
}
