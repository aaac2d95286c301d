package org.zjcs.portal.domain;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open Contracting IDs: the publisher's prefix (registered with the Open Contracting Partnership, e.g.
 * {@code ocds-zjcs00}), a hyphen and the notice id.
 */
public final class Ocid {

    /** What an ocid looks like at all: letters, digits and hyphens, ending in "-" and a number. */
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,62})-(\\d{1,18})");
    /** A prefix the setting may hold: "ocds-" and six letters or digits, as the Partnership assigns them. */
    public static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

    private Ocid() {
    }

    public static String of(String prefix, long noticeId) {
        return prefix + "-" + noticeId;
    }

    /** Whether the text has the shape of an ocid (any prefix). */
    public static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The notice id of an ocid with this prefix; empty when the text is not one of ours (or not an ocid). */
    public static OptionalLong noticeId(String prefix, String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || !m.group(1).equals(prefix)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(m.group(2)));
    }
}
