package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.status;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.portal.OcdsSchema;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * The OCDS releases that follow real state changes on the started server (issue 18, the OCDS gaps): a notice of
 * owner01 gets one bid — no {@code numberOfTenderers} while the bids are sealed, the proof's number once selected,
 * never the bidders' names; the contract is confirmed, the winning firm asks for an extension and owner01 approves it
 * (a {@code contractAmendment} release, the contract ending on the new date, without the firm's private reason); the
 * firm delivers, owner01 accepts, the linked department passes it (an {@code implementation} release, contract
 * {@code terminated}). Every package and the compiled release valid against the OCDS 1.1.5 schemas; the new releases
 * read the same in the notice's package, the change feed and again later.
 */
class OcdsChangesIT {

    static final String PRIVATE_REASON = "Private extension reason 7c1e";

    static JsonObject pkg(long notice) {
        String path = "/api/ocds/releases/ocds-zjcs00-" + notice;
        JsonObject p = OcdsIT.ok(path);
        OcdsIT.assertValidPackage(path, p);
        return p;
    }

    static Map<String, JsonObject> releases(long notice) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        for (JsonValue v : pkg(notice).getJsonArray("releases")) {
            byId.put(v.asJsonObject().getString("id"), v.asJsonObject());
        }
        return byId;
    }

    /**
     * The feed cursor of a release, as {@code links.next} writes it (docs/open-data.md: microseconds, the source's
     * letter, the row id): the server runs on the tests' clock, so the test cannot take "now" as a cursor.
     */
    static String cursorOf(JsonObject release) {
        Instant at = Instant.parse(release.getString("date"));
        String id = release.getString("id");
        char letter = id.startsWith("completion-") ? 'f' : id.charAt(0); // announcement a, contract c, deliverable d, extension e
        return (at.getEpochSecond() * 1_000_000L + at.getNano() / 1000L) + "-" + letter + id.substring(id.indexOf('-') + 1);
    }

    /** The feed's releases of the notice after the release {@code after}, followed to its end. */
    static List<JsonObject> feedAfter(JsonObject after, long notice) {
        String path = "/api/ocds/releases?limit=100&since=" + cursorOf(after);
        List<JsonObject> mine = new ArrayList<>();
        for (int pages = 0; pages < 500; pages++) {
            JsonObject p = OcdsIT.ok(path);
            JsonArray rs = p.getJsonArray("releases");
            if (rs.isEmpty()) {
                return mine;
            }
            OcdsIT.assertValidPackage(path, p);
            rs.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("ocid").equals("ocds-zjcs00-" + notice))
                    .forEach(mine::add);
            String next = p.getJsonObject("links").getString("next");
            path = next.substring(next.indexOf("/api/ocds/"));
        }
        throw new AssertionError("the feed did not end");
    }

    static JsonObject contractOf(JsonObject release) {
        return release.getJsonArray("contracts").getJsonObject(0);
    }

    @Test
    void tenderersAfterSelectionAnExtensionAndTheCompletionBecomeReleases() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "OCDS gaps " + System.nanoTime(), ContractIT.ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 1);
        String firmName = Fixtures.firm(ContractIT.ITEM);
        WebClient firm = as(firmName);
        HttpResponse<String> bid = firm.postJson("/api/notices/" + notice + "/bids", "{\"price\": 52000}");
        assertEquals(201, bid.statusCode(), bid.body());
        String sealed = pkg(notice).toString();
        assertFalse(sealed.contains("numberOfTenderers") || sealed.contains("\"tenderers\""),
                "bids are sealed before the deadline: " + sealed);

        // selection: the number of tenderers is the proof's entries; the bidders are not listed
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        HttpResponse<String> proof = new WebClient().get("/api/notices/" + notice + "/proof");
        assertEquals(200, proof.statusCode(), proof.body());
        int entries = OcdsIT.json(proof).getJsonArray("entries").size();
        assertEquals(1, entries, proof.body());
        JsonObject award = releases(notice).values().stream()
                .filter(r -> r.getJsonArray("tag").getString(0).equals("award")).findFirst().orElseThrow();
        assertEquals(entries, award.getJsonObject("tender").getInt("numberOfTenderers"));
        assertFalse(award.getJsonObject("tender").containsKey("tenderers"));
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");

        // the contract, then an approved extension
        HttpResponse<String> filed = ContractIT.uploadApi(owner, notice, "52000", "2026-12-01", "2027-03-31",
                TestFiles.pdf("contract.pdf"));
        assertEquals(201, filed.statusCode(), filed.body());
        long version = ContractApiIT.id(filed);
        assertEquals(200, firm.postJson("/api/contract-versions/" + version + "/confirm", "{}").statusCode());
        assertEquals("CONTRACTED", status(notice));
        HttpResponse<String> asked = ContractExtensionIT.requestApi(firm, notice, "2027-06-30", PRIVATE_REASON);
        assertEquals(201, asked.statusCode(), asked.body());
        long extension = ContractApiIT.id(asked);
        assertFalse(releases(notice).containsKey("extension-" + extension), "a request is not public until approved");
        Map<String, JsonObject> beforeApproval = releases(notice);
        JsonObject contracted = beforeApproval.get("contract-" + version);
        assertTrue(contracted != null, beforeApproval.keySet().toString());
        assertEquals("active", contractOf(contracted).getString("status"));
        HttpResponse<String> approved = owner.postJson("/api/contract-extensions/" + extension + "/approve", "{}");
        assertEquals(200, approved.statusCode(), approved.body());

        Map<String, JsonObject> afterExtension = releases(notice);
        JsonObject amended = afterExtension.get("extension-" + extension);
        assertTrue(amended != null, afterExtension.keySet().toString());
        assertEquals("contractAmendment", amended.getJsonArray("tag").getString(0));
        JsonObject contract = contractOf(amended);
        assertEquals(notice + "-contract", contract.getString("id"));
        assertEquals("2027-06-30T23:59:59+08:00", contract.getJsonObject("period").getString("endDate"));
        assertEquals("2026-12-01T00:00:00+08:00", contract.getJsonObject("period").getString("startDate"));
        JsonObject amendment = contract.getJsonArray("amendments").getJsonObject(0);
        assertEquals("extension-" + extension, amendment.getString("id"));
        assertTrue(amendment.getString("description").contains("2027-03-31T23:59:59+08:00")
                && amendment.getString("description").contains("2027-06-30T23:59:59+08:00"), amendment.toString());
        assertTrue(afterExtension.containsKey(amendment.getString("amendsReleaseID")), "amends the contract's release");
        assertFalse(afterExtension.toString().contains(PRIVATE_REASON), "the firm's reason stays on the contract page");
        List<JsonObject> fed = feedAfter(contracted, notice);
        assertEquals(List.of(amended), fed, "the feed after the approval brings exactly the amendment");

        // delivery, acceptance and the department's pass: the notice is completed
        HttpResponse<String> uploaded = DeliverableIT.uploadApi(firm, notice, "Plan", TestFiles.pdf("report.pdf"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long deliverable = DeliverableIT.versionId(notice, 1);
        assertEquals(200, owner.postJson(DeliverableIT.api(deliverable, "accept"), "{}").statusCode());
        String beforeChecks = pkg(notice).toString();
        assertFalse(beforeChecks.contains("terminated"), "accepted, not checked yet: the contract is still active");
        HttpResponse<String> passed = as("approver01").postJson(DeliverableIT.api(deliverable, "checks"), "{\"pass\": true}");
        assertEquals(200, passed.statusCode(), passed.body());
        assertEquals("COMPLETED", status(notice));

        Map<String, JsonObject> done = releases(notice);
        JsonObject completion = done.get("completion-" + deliverable);
        assertTrue(completion != null, done.keySet().toString());
        assertEquals("implementation", completion.getJsonArray("tag").getString(0));
        assertEquals("terminated", contractOf(completion).getString("status"));
        JsonObject checks = contractOf(completion).getJsonObject("implementation").getJsonArray("milestones").getJsonObject(0);
        assertEquals("met", checks.getString("status"));
        assertEquals(completion.getString("date"), checks.getString("dateMet"));
        assertEquals(amended, done.get("extension-" + extension), "an earlier release never changes");
        assertEquals(List.of("deliverable-" + deliverable, "completion-" + deliverable),
                feedAfter(amended, notice).stream().map(r -> r.getString("id")).toList(),
                "after the amendment the feed brings the acceptance and the completion");

        JsonObject record = OcdsIT.ok("/api/ocds/records/ocds-zjcs00-" + notice).getJsonArray("records").getJsonObject(0);
        JsonObject compiled = record.getJsonObject("compiledRelease");
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        JsonObject compiledContract = compiled.getJsonArray("contracts").getJsonObject(0);
        assertEquals("terminated", compiledContract.getString("status"));
        assertEquals("2027-06-30T23:59:59+08:00", compiledContract.getJsonObject("period").getString("endDate"));
        assertEquals(1, compiledContract.getJsonArray("amendments").size());
        assertEquals(2, compiledContract.getJsonObject("implementation").getJsonArray("milestones").size(),
                "the acceptance and the department checks");
        assertEquals(1, compiled.getJsonObject("tender").getInt("numberOfTenderers"));
        assertEquals(done.size(), record.getJsonArray("releases").size());
        assertEquals(done, releases(notice), "read again: the same releases");
    }
}
