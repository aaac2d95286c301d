package org.zjcs.portal.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The OCDS 1.1 packages we publish: release packages and record packages (docs/open-data.md). */
public final class OcdsPackages {

    public static final String VERSION = "1.1";

    private OcdsPackages() {
    }

    /**
     * A release package. {@code publishedDate} is the latest release's date (the last change of what the package
     * holds, so that the same releases always make the same package), or {@code emptyDate} when there is none;
     * {@code next}, when not null, goes in {@code links.next}.
     */
    public static JsonObject releasePackage(String uri, String publisher, List<JsonObject> releases, String emptyDate,
                                            String next) {
        JsonArrayBuilder rs = Json.createArrayBuilder();
        releases.forEach(rs::add);
        JsonObjectBuilder b = head(uri, publisher, releases.isEmpty() ? emptyDate : latest(releases)).add("releases", rs);
        if (next != null) {
            b.add("links", Json.createObjectBuilder().add("next", next));
        }
        return b.build();
    }

    /** A record package with the one record of a notice: its releases (embedded) and its compiled release. */
    public static JsonObject recordPackage(String uri, String publisher, String ocid, List<JsonObject> releases) {
        JsonArrayBuilder rs = Json.createArrayBuilder();
        releases.forEach(rs::add);
        JsonObject record = Json.createObjectBuilder().add("ocid", ocid).add("releases", rs)
                .add("compiledRelease", OcdsMerge.compile(releases)).build();
        return head(uri, publisher, latest(releases)).add("records", Json.createArrayBuilder().add(record)).build();
    }

    /** The fields every package starts with. */
    public static JsonObjectBuilder head(String uri, String publisher, String publishedDate) {
        return Json.createObjectBuilder().add("uri", uri).add("version", VERSION).add("publishedDate", publishedDate)
                .add("publisher", Json.createObjectBuilder().add("name", publisher));
    }

    /** The latest date among the releases (ISO-8601 UTC instants compare as text only when of equal form: parsed). */
    public static String latest(List<JsonObject> releases) {
        return releases.stream().map(r -> r.getString("date")).max((a, b) -> java.time.Instant.parse(a)
                .compareTo(java.time.Instant.parse(b))).orElseThrow();
    }
}
