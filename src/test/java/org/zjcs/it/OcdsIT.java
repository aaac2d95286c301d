package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.portal.OcdsSchema;
import org.zjcs.support.WebClient;

/**
 * The OCDS open data against the started server and the demo data: the change feed read page by page to its end, one
 * notice's release package, its record (the finished chain 8012: random draw, 68,000.00 yuan, won by
 * 陕西绿源水土保持技术有限公司, contract confirmed, deliverable accepted, both departments passed it), a day's bulk file, every package valid
 * against the official OCDS 1.1.5 schema; ETags; and the bad inputs (400 / 404 with a message, never 500).
 */
class OcdsIT {

    static final String OCID_8012 = "ocds-zjcs00-8012";
    static final String WINNER_8012 = PortalIT.WINNER_8012;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final WebClient WEB = new WebClient();
    /** Every release of the feed, by ocid and release id, in feed order. */
    private static final Map<String, JsonObject> FEED = new LinkedHashMap<>();
    private static int pages;

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static HttpResponse<String> get(String path) {
        HttpResponse<String> r = WEB.get(path);
        assertTrue(r.statusCode() < 500, path + " answered " + r.statusCode());
        return r;
    }

    static JsonObject ok(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("")
                .toLowerCase().replace(" ", ""), path);
        return json(r);
    }

    static void assertValidPackage(String path, JsonObject pkg) {
        assertEquals(List.of(), OcdsSchema.releasePackageErrors(pkg.toString()), path);
    }

    static String key(JsonObject release) {
        return release.getString("ocid") + "/" + release.getString("id");
    }

    @BeforeAll
    static void readTheWholeFeed() {
        long started = System.nanoTime();
        String path = "/api/ocds/releases?limit=7";
        Instant previous = Instant.EPOCH;
        while (true) {
            assertTrue(pages++ < 2000, "the feed ends");
            JsonObject pkg = ok(path);
            JsonArray releases = pkg.getJsonArray("releases");
            if (releases.isEmpty()) {
                assertFalse(pkg.containsKey("links"), "the end of the feed has no next link");
                break;
            }
            assertValidPackage(path, pkg);
            assertTrue(releases.size() <= 7, "at most limit releases");
            for (JsonValue v : releases) {
                JsonObject r = v.asJsonObject();
                Instant at = Instant.parse(r.getString("date"));
                assertFalse(at.isBefore(previous), "oldest first: " + key(r));
                previous = at;
                assertTrue(FEED.put(key(r), r) == null, "each release once: " + key(r));
            }
            String next = pkg.getJsonObject("links").getString("next");
            path = next.substring(next.indexOf("/api/ocds/"));
        }
        System.out.printf("OcdsIT: the whole feed, %d releases in %d pages of 7, read in %d ms%n", FEED.size(), pages,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theFeedHoldsTheFinishedChainAndNoDraft() {
        assertTrue(pages > 2, "paged: " + pages);
        List<String> tags8012 = FEED.values().stream().filter(r -> r.getString("ocid").equals(OCID_8012))
                .map(r -> r.getJsonArray("tag").getString(0)).toList();
        assertTrue(tags8012.containsAll(List.of("tender", "award", "awardUpdate", "contract", "implementation")), tags8012.toString());
        assertTrue(FEED.keySet().stream().noneMatch(k -> k.startsWith("ocds-zjcs00-8001/") || k.startsWith("ocds-zjcs00-8007/")),
                "the drafts 8001 and 8007 are not published");
        assertTrue(FEED.values().stream().anyMatch(r -> r.getJsonArray("tag").getString(0).equals("tenderAmendment")),
                "the corrected notice 8003");
        assertTrue(FEED.values().stream().anyMatch(r -> r.getJsonArray("tag").getString(0).equals("tenderCancellation")),
                "the cancelled notice 8004");
        String all = FEED.values().toString();
        assertFalse(all.contains("\"drawCommitment\"") || all.contains("\"avoidances\"") || all.contains("proofHash"),
                "nothing of the announcements' private or sealed parts");
    }

    @Test
    void aNoticesReleasePackageHoldsTheSameReleasesAsTheFeed() {
        String path = "/api/ocds/releases/" + OCID_8012;
        JsonObject pkg = ok(path);
        assertValidPackage(path, pkg);
        List<JsonObject> releases = pkg.getJsonArray("releases").getValuesAs(JsonObject.class);
        assertTrue(releases.size() >= 5);
        for (JsonObject r : releases) {
            assertEquals(FEED.get(key(r)), r, "stable: the same release in the feed and in the notice's package");
        }
        assertTrue(pkg.getString("uri").endsWith(path));
        assertEquals("1.1", pkg.getString("version"));
    }

    @Test
    void theRecordCompilesTheChain() {
        String path = "/api/ocds/records/" + OCID_8012;
        JsonObject pkg = ok(path);
        JsonObject record = pkg.getJsonArray("records").getJsonObject(0);
        assertEquals(OCID_8012, record.getString("ocid"));
        for (JsonValue r : record.getJsonArray("releases")) {
            assertEquals(List.of(), OcdsSchema.releaseErrors(r.toString()));
        }
        JsonObject compiled = record.getJsonObject("compiledRelease");
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        assertEquals("complete", compiled.getJsonObject("tender").getString("status"));
        JsonObject award = compiled.getJsonArray("awards").getJsonObject(0);
        assertEquals("active", award.getString("status"));
        assertEquals(68000, award.getJsonObject("value").getJsonNumber("amount").intValueExact(), "yuan");
        assertEquals("CNY", award.getJsonObject("value").getString("currency"));
        assertEquals(WINNER_8012, award.getJsonArray("suppliers").getJsonObject(0).getString("name"));
        assertTrue(compiled.getJsonArray("parties").stream().anyMatch(p -> p.asJsonObject().getString("name").equals(WINNER_8012)
                && p.asJsonObject().getJsonArray("roles").getString(0).equals("supplier")));
        JsonObject contract = compiled.getJsonArray("contracts").getJsonObject(0);
        assertEquals(award.getString("id"), contract.getString("awardID"));
        assertEquals(68000, contract.getJsonObject("value").getJsonNumber("amount").intValueExact());
        assertEquals("2026-10-27T00:00:00+08:00", contract.getJsonObject("period").getString("startDate"));
        JsonArray milestones = contract.getJsonObject("implementation").getJsonArray("milestones");
        assertEquals(List.of("deliverable-2", "checks-2"), milestones.stream().map(m -> m.asJsonObject().getString("id")).toList(),
                "the accepted version 2 only (version 1 was returned), then both departments' checks of it");
        assertTrue(milestones.stream().allMatch(m -> m.asJsonObject().getString("status").equals("met")), milestones.toString());
        assertEquals("terminated", contract.getString("status"), "8012 is COMPLETED");
        assertEquals("2026-11-17T06:30:00Z", FEED.get(OCID_8012 + "/completion-7102").getString("date"),
                "completed at the last department's check (3001, after 3002)");
        int entries = json(get("/api/notices/8012/proof")).getJsonArray("entries").size();
        assertTrue(entries >= 3, "a random draw needs three: " + entries);
        assertEquals(entries, compiled.getJsonObject("tender").getInt("numberOfTenderers"), "the proof's entries");
        assertEquals(record.getJsonArray("releases").size(), FEED.keySet().stream().filter(k -> k.startsWith(OCID_8012 + "/")).count());
    }

    @Test
    void aDaysFileHoldsExactlyTheFeedsReleasesOfThatBeijingDay() {
        String day = "2026-10-27";
        String path = "/api/ocds/releases/day/" + day;
        JsonObject pkg = ok(path);
        assertValidPackage(path, pkg);
        Set<String> inFile = new HashSet<>();
        for (JsonValue v : pkg.getJsonArray("releases")) {
            JsonObject r = v.asJsonObject();
            inFile.add(key(r));
            assertEquals(day, Instant.parse(r.getString("date")).atZone(BEIJING).toLocalDate().toString(), key(r));
            assertEquals(FEED.get(key(r)), r);
        }
        Set<String> expected = new HashSet<>();
        FEED.forEach((k, r) -> {
            if (Instant.parse(r.getString("date")).atZone(BEIJING).toLocalDate().toString().equals(day)) {
                expected.add(k);
            }
        });
        assertTrue(inFile.contains(OCID_8012 + "/contract-7001"), "8012's contract, confirmed 2026-10-27 10:45 Beijing time");
        assertEquals(expected, inFile);
        JsonObject empty = ok("/api/ocds/releases/day/1999-01-01");
        assertEquals(0, empty.getJsonArray("releases").size());
    }

    @Test
    void etagsAnswer304WhenNothingChanged() {
        for (String path : List.of("/api/ocds/releases/" + OCID_8012, "/api/ocds/records/" + OCID_8012,
                "/api/ocds/releases?limit=3", "/api/ocds/releases/day/2026-10-27")) {
            WEB.assertRevalidatesByEtag(path);
        }
        String openapi = get("/openapi").body();
        assertTrue(openapi.contains("/api/ocds/releases/day/{day}") && openapi.contains("/api/ocds/records/{ocid}"),
                "documented in OpenAPI");
    }

    @Test
    void badInputIsRefusedWithAMessageNeverA500() {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("/api/ocds/releases/nonsense", new Object[] {400, "ocds.error.ocid"});
        cases.put("/api/ocds/records/8012", new Object[] {400, "ocds.error.ocid"});
        cases.put("/api/ocds/releases/ocds-zjcs00-99999999", new Object[] {404, "ocds.error.notFound"});
        cases.put("/api/ocds/releases/ocds-zjcs00-8001", new Object[] {404, "ocds.error.notFound"});
        cases.put("/api/ocds/records/ocds-zjcs00-8001", new Object[] {404, "ocds.error.notFound"});
        cases.put("/api/ocds/releases/ocds-abcdef-8012", new Object[] {404, "ocds.error.notFound"});
        cases.put("/api/ocds/releases?since=garbage", new Object[] {400, "ocds.error.cursor"});
        cases.put("/api/ocds/releases?since=1-z1", new Object[] {400, "ocds.error.cursor"});
        cases.put("/api/ocds/releases?limit=0", new Object[] {400, "ocds.error.limit"});
        cases.put("/api/ocds/releases?limit=101", new Object[] {400, "ocds.error.limit"});
        cases.put("/api/ocds/releases?limit=ten", new Object[] {400, "ocds.error.limit"});
        cases.put("/api/ocds/releases/day/2026-13-01", new Object[] {400, "ocds.error.day"});
        cases.put("/api/ocds/releases/day/2026-02-30", new Object[] {400, "ocds.error.day"});
        cases.put("/api/ocds/releases/day/20261027", new Object[] {400, "ocds.error.day"});
        cases.forEach((path, expected) -> {
            HttpResponse<String> r = get(path);
            assertEquals(expected[0], r.statusCode(), path + ": " + r.body());
            JsonObject error = json(r);
            assertEquals(expected[1], error.getString("code"), path);
            assertFalse(error.getString("message").isBlank(), path);
        });
    }
}
