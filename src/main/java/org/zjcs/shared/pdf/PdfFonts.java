package org.zjcs.shared.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The one font of every PDF: a subset of Noto Sans CJK SC as TrueType ({@code NotoSansSC-subset.ttf}, SIL OFL 1.1,
 * made by {@code scripts/font-subset.sh}), embedded as a subset (Identity-H) so a one-page PDF stays small and shows
 * Chinese on machines without a CJK font. A character the subset lacks is drawn as {@value #FALLBACK} and logged once
 * per character; it never breaks the document.
 */
public final class PdfFonts {

    static final String RESOURCE = "/org/zjcs/shared/pdf/NotoSansSC-subset.ttf";
    /** White square, in the subset: what a missing character is drawn as. */
    public static final char FALLBACK = '\u25A1';
    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());
    /** Characters already logged as missing (bounded: a flood of odd text must not grow it without end). */
    private static final Set<Integer> LOGGED = ConcurrentHashMap.newKeySet();
    private static final int MAX_LOGGED = 1000;
    private static volatile byte[] fontBytes;

    private PdfFonts() {
    }

    /**
     * The font, read once and shared (OpenPDF keeps the glyphs a document uses in that document's writer, so one font
     * object serves every document).
     */
    public static BaseFont font() {
        try {
            return BaseFont.createFont("NotoSansSC-subset.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes() throws IOException {
        byte[] b = fontBytes;
        if (b == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("font resource missing: " + RESOURCE);
                }
                b = in.readAllBytes();
            }
            fontBytes = b;
        }
        return b;
    }

    /** {@code text} with every character the font cannot draw replaced by {@link #FALLBACK}; null gives "". */
    public static String drawable(BaseFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == '\n' || cp == '\r' || cp == '\t' || font.charExists(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(FALLBACK);
                    logMissing(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    private static void logMissing(int cp) {
        if (LOGGED.size() < MAX_LOGGED && LOGGED.add(cp)) {
            LOG.warning(() -> String.format("PDF font lacks U+%04X (%s): drawn as U+25A1", cp,
                    Character.getName(cp)));
        }
    }

    /** Whether the missing character {@code cp} was logged (for tests). */
    static boolean logged(int cp) {
        return LOGGED.contains(cp);
    }
}
