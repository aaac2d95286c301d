package org.zjcs.portal.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the change feed: the event's time, its source and its id, in that order (the feed's order). Written as
 * {@code <microseconds since 1970 UTC>-<a|c|d|e|f><id>}, e.g. {@code 1793415600000000-a9001}: opaque to clients, who
 * pass back what {@code links.next} holds.
 */
public record OcdsCursor(Instant at, OcdsEvent.Source source, long id) implements Comparable<OcdsCursor> {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,17})-([acdef])(\\d{1,18})");
    private static final Comparator<OcdsCursor> ORDER = Comparator.comparing(OcdsCursor::at)
            .thenComparing(OcdsCursor::source).thenComparingLong(OcdsCursor::id);

    public static Optional<OcdsCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long micros = Long.parseLong(m.group(1));
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        return Optional.of(new OcdsCursor(at, OcdsEvent.Source.of(m.group(2).charAt(0)), Long.parseLong(m.group(3))));
    }

    public String encode() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000L);
        return micros + "-" + source.letter() + id;
    }

    @Override
    public int compareTo(OcdsCursor o) {
        return ORDER.compare(this, o);
    }
}
