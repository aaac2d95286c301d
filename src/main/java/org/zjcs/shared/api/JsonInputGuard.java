package org.zjcs.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.zjcs.shared.error.DomainException;

/**
 * Every JSON body of the REST API passes here before JSON-B reads it, and is refused (nothing is read, nothing
 * stored) when it is:
 * <ul>
 * <li>larger than {@link #MAX_BYTES} ({@code api.error.tooLarge}, 413);</li>
 * <li>not valid UTF-8, e.g. GBK or Latin-1 bytes sent as UTF-8 ({@code api.error.encoding});</li>
 * <li>nested deeper than {@link #MAX_DEPTH} ({@code api.error.json});</li>
 * <li>holding, raw or as a {@code \\u} escape, a character no text of the platform needs and that hides or
 * disguises text: NUL and the other control characters except tab, line feed and carriage return, the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and lone surrogates ({@code api.error.characters}).</li>
 * </ul>
 */
@Provider
public class JsonInputGuard implements ReaderInterceptor {

    /** The largest JSON body taken: the largest texts (1,000–2,000 characters) fit many times over. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        InputStream in = context.getInputStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new DomainException("api.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Refuses {@code body} as described above; returns quietly when it is acceptable (not necessarily valid JSON). */
    public static void check(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("api.error.encoding");
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(i + 1);
                    if (next == 'u' && i + 5 < text.length()) {
                        char escaped = hex(text, i + 2);
                        if (Character.isHighSurrogate(escaped)) {
                            boolean paired = i + 11 < text.length() && text.charAt(i + 6) == '\\' && text.charAt(i + 7) == 'u'
                                    && Character.isLowSurrogate(hex(text, i + 8));
                            if (!paired) {
                                throw new DomainException("api.error.characters");
                            }
                            i += 11;
                            continue;
                        }
                        if (Character.isLowSurrogate(escaped) || forbidden(escaped)) {
                            throw new DomainException("api.error.characters");
                        }
                        i += 5;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new DomainException("api.error.json");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
            if (forbidden(c)) {
                throw new DomainException("api.error.characters");
            }
        }
    }

    /** Whether no text of the platform may hold {@code c} (see the class comment). */
    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }

    private static char hex(String text, int at) {
        if (at + 4 > text.length()) {
            return 'x';
        }
        try {
            return (char) Integer.parseInt(text.substring(at, at + 4), 16);
        } catch (NumberFormatException e) {
            return 'x';
        }
    }

}
