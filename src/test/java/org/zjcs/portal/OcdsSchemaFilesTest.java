package org.zjcs.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped schemas are the official 1.1.5 files, and the validator really rejects what they forbid. */
class OcdsSchemaFilesTest {

    private static JsonObject read(String name) throws Exception {
        try (InputStream in = OcdsSchemaFilesTest.class.getResourceAsStream("/ocds/1.1.5/" + name)) {
            return Json.createReader(in).readObject();
        }
    }

    @Test
    void theSchemasAreTheOfficialOneOneFiveFiles() throws Exception {
        assertEquals(OcdsSchema.BASE + "release-schema.json", read("release-schema.json").getString("id"));
        assertEquals(OcdsSchema.BASE + "release-package-schema.json", read("release-package-schema.json").getString("id"));
        assertEquals(List.of("uri", "publisher", "publishedDate", "releases", "version"),
                read("release-package-schema.json").getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        String release = "{\"ocid\":\"ocds-zjcs00-1\",\"id\":\"r1\",\"date\":\"2026-12-01T00:00:00Z\",\"tag\":[\"tender\"],"
                + "\"initiationType\":\"tender\",\"tender\":{\"id\":\"1\",\"value\":{\"amount\":1.5,\"currency\":\"CNY\"}}}";
        String pkg = "{\"uri\":\"http://localhost/x\",\"version\":\"1.1\",\"publishedDate\":\"2026-12-01T00:00:00Z\","
                + "\"publisher\":{\"name\":\"ZJCS\"},\"releases\":[" + release + "]}";
        assertEquals(List.of(), OcdsSchema.releasePackageErrors(pkg));
        assertFalse(OcdsSchema.releasePackageErrors(pkg.replace("\"CNY\"", "\"RMB\"")).isEmpty(), "a currency outside the codelist");
        assertFalse(OcdsSchema.releasePackageErrors(pkg.replace("[\"tender\"]", "[\"tenderStart\"]")).isEmpty(), "an unknown tag");
        assertFalse(OcdsSchema.releasePackageErrors(pkg.replace("\"2026-12-01T00:00:00Z\",\"tag\"", "\"yesterday\",\"tag\"")).isEmpty(),
                "a release date that is not a date-time");
        assertFalse(OcdsSchema.releasePackageErrors(pkg.replace("\"version\":\"1.1\",", "")).isEmpty(), "no version");
        assertTrue(OcdsSchema.releaseErrors(release.replace("\"initiationType\":\"tender\",", "")).stream()
                .anyMatch(e -> e.contains("initiationType")), "initiationType is required");
    }
}
