package org.zjcs.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in a list ordered by a sort key and then by id (keyset paging): the key and id of the last row shown
 * (or the first, for the previous page). In URLs it travels as an opaque base64url token; a token that does not
 * decode is no position at all (the first page), never an error.
 */
public record KeysetCursor(String key, long id) {

    private static final int MAX_TOKEN = 600;

    public KeysetCursor {
        if (key == null) {
            throw new IllegalArgumentException("key");
        }
    }

    /** The URL token: base64url (no padding) of {@code key \n id}. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names; empty for null, blank, over-long or malformed tokens. */
    public static Optional<KeysetCursor> decode(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int nl = s.lastIndexOf('\n');
            if (nl < 0) {
                return Optional.empty();
            }
            return Optional.of(new KeysetCursor(s.substring(0, nl), Long.parseLong(s.substring(nl + 1))));
        } catch (IllegalArgumentException e) { // bad base64 or a bad number
            return Optional.empty();
        }
    }

    /**
     * The cursor of a row of a list ordered by a time and then by id: the key is the time in microseconds since the
     * epoch (what a DATETIME(6) column keeps; finer parts are dropped).
     */
    public static KeysetCursor at(Instant time, long id) {
        long micros = Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1000L);
        return new KeysetCursor(Long.toString(micros), id);
    }

    /** The key as a time (the inverse of {@link #at}); empty when the key is not a number of microseconds. */
    public Optional<Instant> time() {
        return numericKey().map(m -> Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1000L));
    }

    /** The key as a number (e.g. a time in microseconds); empty when it is not one. */
    public Optional<Long> numericKey() {
        try {
            return Optional.of(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
