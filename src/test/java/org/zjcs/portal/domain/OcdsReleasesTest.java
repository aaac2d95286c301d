package org.zjcs.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.portal.OcdsSchema;

/**
 * The mapping of a notice's public events to OCDS releases: a corrected notice, a cancelled one and a finished chain
 * (award, contract, accepted deliverable), each package valid against the official 1.1.5 schema; amounts in yuan; the
 * sealed and private parts of the announcements never published; releases that do not change when later events come.
 */
class OcdsReleasesTest {

    static final String OCID = "ocds-zjcs00-8012";
    static final String SITE = "https://zjcs.example";
    static final long NOTICE = 8012;
    static final long OWNER = 2001;
    static final long FIRM = 1006;
    static final String SECRET_AVOIDANCE = "AVOIDANCE-REASON-PRIVATE";
    static final String SECRET_COMMITMENT = "c0ffee00c0ffee00c0ffee00c0ffee00";

    static JsonObjectBuilder snapshot(String kind, Instant at, String deadline, String ceiling) {
        return Json.createObjectBuilder().add("notice", NOTICE).add("announcement", kind).add("at", at.toString())
                .add("owner", "Owner unit").add("title", "Soil and water plan").add("serviceItem", "SWC-01")
                .add("serviceContent", "Write the plan").add("projectScale", "2 km").add("region", "610102")
                .add("fundSource", "FISCAL").add("method", "LOWEST_PRICE").add("fixedPrice", "").add("priceFloor", "50000.00")
                .add("priceCeiling", ceiling).add("minBidders", 3).add("weights", "").add("coefficients", "")
                .add("directPickReason", "").add("requirementMode", "ALL_OF")
                .add("requirements", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "SWC").add("minLevel", "B")))
                .add("serviceDays", 10).add("enrolmentDeadline", deadline).add("contactName", "Wang").add("contactPhone", "029-1")
                .add("complaintPhone", "029-2").add("approvalCases", Json.createArrayBuilder())
                .add("avoidances", Json.createArrayBuilder().add(Json.createObjectBuilder().add("firm", 1009).add("reason", SECRET_AVOIDANCE)))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "terms.pdf").add("sha256", "ab12")))
                .add("drawCommitment", SECRET_COMMITMENT);
    }

    static OcdsEvent.Announcement announcement(long id, String kind, String at, String reason, String changes, JsonObjectBuilder content) {
        return new OcdsEvent.Announcement(id, NOTICE, OWNER, Instant.parse(at), kind, reason, changes, content.build().toString());
    }

    static OcdsEvent.Announcement publication() {
        return announcement(9001, "PUBLICATION", "2026-10-01T02:00:00Z", null, null,
                snapshot("PUBLICATION", Instant.parse("2026-10-01T02:00:00Z"), "2026-10-08T09:00:00Z", "120000.00"));
    }

    static OcdsEvent.Announcement correction() {
        return announcement(9002, "CORRECTION", "2026-10-03T02:00:00Z", "Ceiling lowered",
                "{\"priceCeiling\":{\"from\":\"120000.00\",\"to\":\"98000.50\"},\"enrolmentDeadline\":{\"from\":\"a\",\"to\":\"b\"},\"deadlineExtended\":true}",
                snapshot("CORRECTION", Instant.parse("2026-10-03T02:00:00Z"), "2026-10-12T09:00:00Z", "98000.50"));
    }

    static List<OcdsEvent> finishedChain() {
        Instant result = Instant.parse("2026-10-12T09:00:05Z");
        JsonObjectBuilder resultContent = snapshot("RESULT", result, "2026-10-12T09:00:00Z", "98000.50")
                .add("outcome", Json.createObjectBuilder().add("round", 1).add("method", "LOWEST_PRICE").add("status", "SELECTED")
                        .add("eligible", 3).add("excluded", 777).add("proofHash", "feedfacefeedface").add("winner", FIRM)
                        .add("winnerName", "Firm six").add("amount", "68000.00").add("publicityEndsAt", "2026-10-15T09:00:05Z"));
        JsonObjectBuilder awardContent = snapshot("AWARD", Instant.parse("2026-10-15T09:00:06Z"), "2026-10-12T09:00:00Z", "98000.50")
                .add("outcome", Json.createObjectBuilder().add("round", 1).add("winner", FIRM).add("amount", "68000.00"));
        List<OcdsEvent> events = new ArrayList<>();
        events.add(new OcdsEvent.Deliverable(7102, NOTICE, OWNER, Instant.parse("2026-11-13T02:00:00Z"), 2,
                Instant.parse("2026-11-17T02:45:00Z")));
        events.add(publication());
        events.add(correction());
        events.add(announcement(9003, "RESULT", result.toString(), null, null, resultContent));
        events.add(announcement(9004, "AWARD", "2026-10-15T09:00:06Z", null, null, awardContent));
        events.add(new OcdsEvent.Contract(7001, NOTICE, OWNER, Instant.parse("2026-10-27T02:45:00Z"), 1, FIRM,
                new BigDecimal("68000.00"), LocalDate.parse("2026-10-27"), LocalDate.parse("2026-11-17")));
        return events;
    }

    static void assertValid(List<JsonObject> releases) {
        String pkg = OcdsPackages.releasePackage(SITE + "/api/ocds/releases/" + OCID, "ZJCS", releases, null, null).toString();
        assertEquals(List.of(), OcdsSchema.releasePackageErrors(pkg), pkg);
    }

    @Test
    void aCorrectedNoticeIsATenderAndAnAmendmentWithTheNewValues() {
        List<JsonObject> rs = OcdsReleases.of(OCID, List.of(correction(), publication()), SITE);
        assertValid(rs);
        assertEquals(List.of("announcement-9001", "announcement-9002"), rs.stream().map(r -> r.getString("id")).toList());
        assertEquals("tender", rs.get(0).getJsonArray("tag").getString(0));
        assertEquals("tenderAmendment", rs.get(1).getJsonArray("tag").getString(0));
        JsonObject tender = rs.get(1).getJsonObject("tender");
        assertEquals(new BigDecimal("98000.50"), tender.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals("CNY", tender.getJsonObject("value").getString("currency"));
        assertEquals(new BigDecimal("50000.00"), tender.getJsonObject("minValue").getJsonNumber("amount").bigDecimalValue());
        assertEquals("2026-10-01T02:00:00Z", tender.getJsonObject("tenderPeriod").getString("startDate"), "published first on");
        assertEquals("2026-10-12T09:00:00Z", tender.getJsonObject("tenderPeriod").getString("endDate"));
        JsonObject amendment = tender.getJsonArray("amendments").getJsonObject(0);
        assertEquals("announcement-9001", amendment.getString("amendsReleaseID"));
        assertEquals("announcement-9002", amendment.getString("releaseID"));
        assertEquals("Ceiling lowered", amendment.getString("rationale"));
        assertEquals("priceCeiling, enrolmentDeadline", amendment.getString("description"));
        assertEquals(SITE + "/announcement-pdf/8012/9002", tender.getJsonArray("documents").getJsonObject(0).getString("url"));
        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        assertEquals(new BigDecimal("98000.50"), compiled.getJsonObject("tender").getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals(2, compiled.getJsonObject("tender").getJsonArray("documents").stream()
                .filter(d -> d.asJsonObject().getString("id").startsWith("announcement-")).count(), "both announcements' documents");
    }

    @Test
    void aCancelledNoticeEndsWithATenderCancellation() {
        OcdsEvent.Announcement cancel = announcement(9010, "CANCELLATION", "2026-10-05T01:00:00Z", "Plan changed",
                null, snapshot("CANCELLATION", Instant.parse("2026-10-05T01:00:00Z"), "2026-10-08T09:00:00Z", "120000.00"));
        List<JsonObject> rs = OcdsReleases.of(OCID, List.of(publication(), cancel), SITE);
        assertValid(rs);
        assertEquals("tenderCancellation", rs.get(1).getJsonArray("tag").getString(0));
        assertEquals("cancelled", rs.get(1).getJsonObject("tender").getString("status"));
        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals("cancelled", compiled.getJsonObject("tender").getString("status"));
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()));
        JsonObject doc = rs.get(1).getJsonObject("tender").getJsonArray("documents").getJsonObject(0);
        assertEquals("cancellationDetails", doc.getString("documentType"));
        assertEquals("Plan changed", doc.getString("description"));
    }

    @Test
    void aFinishedChainHasTheAwardTheContractAndTheAcceptedDeliverable() {
        List<JsonObject> rs = OcdsReleases.of(OCID, finishedChain(), SITE);
        assertValid(rs);
        assertEquals(List.of("tender", "tenderAmendment", "award", "awardUpdate", "contract", "implementation"),
                rs.stream().map(r -> r.getJsonArray("tag").getString(0)).toList());
        JsonObject award = rs.get(2).getJsonArray("awards").getJsonObject(0);
        assertEquals("8012-1", award.getString("id"));
        assertEquals("pending", award.getString("status"));
        assertEquals(68000, award.getJsonObject("value").getJsonNumber("amount").intValueExact(), "yuan, not fen");
        assertEquals(OcdsReleases.partyId(FIRM), award.getJsonArray("suppliers").getJsonObject(0).getString("id"));
        JsonObject supplier = rs.get(2).getJsonArray("parties").getJsonObject(1);
        assertEquals("Firm six", supplier.getString("name"));
        assertEquals("supplier", supplier.getJsonArray("roles").getString(0));

        JsonObject contract = rs.get(4).getJsonArray("contracts").getJsonObject(0);
        assertEquals("8012-1", contract.getString("awardID"));
        assertEquals(68000, contract.getJsonObject("value").getJsonNumber("amount").intValueExact());
        assertEquals("2026-10-27T00:00:00+08:00", contract.getJsonObject("period").getString("startDate"));
        assertEquals("2026-11-17T23:59:59+08:00", contract.getJsonObject("period").getString("endDate"));

        JsonObject milestone = rs.get(5).getJsonArray("contracts").getJsonObject(0).getJsonObject("implementation")
                .getJsonArray("milestones").getJsonObject(0);
        assertEquals("met", milestone.getString("status"));
        assertEquals("2026-11-13T02:00:00Z", milestone.getString("dateMet"));
        assertEquals("2026-11-17T02:45:00Z", milestone.getString("dueDate"));

        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        assertEquals("complete", compiled.getJsonObject("tender").getString("status"));
        JsonObject compiledAward = compiled.getJsonArray("awards").getJsonObject(0);
        assertEquals("active", compiledAward.getString("status"), "the award release updated the result's award");
        assertEquals(1, compiled.getJsonArray("awards").size());
        JsonObject compiledContract = compiled.getJsonArray("contracts").getJsonObject(0);
        assertEquals("active", compiledContract.getString("status"));
        assertEquals(1, compiledContract.getJsonObject("implementation").getJsonArray("milestones").size());
        assertEquals(2, compiled.getJsonArray("parties").size(), "buyer and supplier, each once");
        assertEquals(OCID + "-2026-11-13T02:00:00Z", compiled.getString("id"));
        assertEquals("compiled", compiled.getJsonArray("tag").getString(0));
    }

    @Test
    void nothingSealedOrPrivateIsPublished() {
        String all = OcdsReleases.of(OCID, finishedChain(), SITE).toString();
        assertFalse(all.contains(SECRET_AVOIDANCE), "the avoidance list");
        assertFalse(all.contains(SECRET_COMMITMENT), "the draw commitment");
        assertFalse(all.contains("777"), "the number of excluded enrolments");
        assertFalse(all.contains("feedfacefeedface"), "the proof hash (published with the proof, not here)");
        assertFalse(all.contains("029-2"), "the complaint phone is not a contact point of the buyer");
        assertTrue(all.contains("Firm six"), "the winner is public");
    }

    @Test
    void aReleaseDoesNotChangeWhenLaterEventsArrive() {
        List<OcdsEvent> events = finishedChain();
        List<JsonObject> all = OcdsReleases.of(OCID, events, SITE);
        List<OcdsEvent> ordered = new ArrayList<>(events);
        ordered.sort((a, b) -> a.cursor().compareTo(b.cursor()));
        for (int i = 1; i <= ordered.size(); i++) {
            List<JsonObject> upTo = OcdsReleases.of(OCID, ordered.subList(0, i), SITE);
            assertEquals(all.subList(0, i), upTo, "release " + i);
        }
    }

    @Test
    void aVoidedResultCancelsItsAwardAndTheNextRoundIsANewAward() {
        List<OcdsEvent> events = new ArrayList<>(List.of(publication()));
        events.add(announcement(9003, "RESULT", "2026-10-12T09:00:05Z", null, null, snapshot("RESULT",
                Instant.parse("2026-10-12T09:00:05Z"), "x", "98000.00").add("outcome", Json.createObjectBuilder().add("round", 1)
                .add("winner", FIRM).add("winnerName", "Firm six").add("amount", "68000.00"))));
        events.add(announcement(9005, "VOIDED", "2026-10-13T09:00:00Z", "Objection upheld", null, snapshot("VOIDED",
                Instant.parse("2026-10-13T09:00:00Z"), "x", "98000.00").add("outcome", Json.createObjectBuilder().add("round", 1)
                .add("voidedWinner", FIRM).add("disqualified", true))));
        events.add(announcement(9006, "RESULT", "2026-10-13T09:00:01Z", null, null, snapshot("RESULT",
                Instant.parse("2026-10-13T09:00:01Z"), "x", "98000.00").add("outcome", Json.createObjectBuilder().add("round", 2)
                .add("winner", 1007L).add("winnerName", "Firm seven").add("amount", "70000.00"))));
        List<JsonObject> rs = OcdsReleases.of(OCID, events, SITE);
        assertEquals("awardCancellation", rs.get(2).getJsonArray("tag").getString(0));
        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(List.of("cancelled", "pending"), compiled.getJsonArray("awards").stream()
                .map(a -> a.asJsonObject().getString("status")).toList());
        assertEquals(3, compiled.getJsonArray("parties").size());
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()));
        assertValid(rs);
    }

    /** The finished chain, then two approved extensions and the departments' passing of the accepted version. */
    static List<OcdsEvent> extendedAndCompleted() {
        List<OcdsEvent> events = new ArrayList<>(finishedChain());
        events.add(new OcdsEvent.Extension(31, NOTICE, OWNER, Instant.parse("2026-11-05T03:00:00Z"), 1, 7001,
                LocalDate.parse("2026-11-30")));
        events.add(new OcdsEvent.Extension(32, NOTICE, OWNER, Instant.parse("2026-11-10T03:00:00Z"), 2, 7001,
                LocalDate.parse("2026-12-15")));
        events.add(new OcdsEvent.Completion(7102, NOTICE, OWNER, Instant.parse("2026-11-16T06:30:00Z"), 2));
        return events;
    }

    @Test
    void anApprovedExtensionIsAContractAmendmentAndTheContractEndsOnTheNewDate() {
        List<JsonObject> rs = OcdsReleases.of(OCID, extendedAndCompleted(), SITE);
        assertValid(rs);
        assertEquals(List.of("announcement-9001", "announcement-9002", "announcement-9003", "announcement-9004", "contract-7001",
                "extension-31", "extension-32", "deliverable-7102", "completion-7102"),
                rs.stream().map(r -> r.getString("id")).toList());
        JsonObject first = rs.get(5);
        assertEquals("contractAmendment", first.getJsonArray("tag").getString(0));
        JsonObject contract = first.getJsonArray("contracts").getJsonObject(0);
        assertEquals("8012-contract", contract.getString("id"));
        assertEquals("8012-1", contract.getString("awardID"));
        assertEquals("2026-10-27T00:00:00+08:00", contract.getJsonObject("period").getString("startDate"));
        assertEquals("2026-11-30T23:59:59+08:00", contract.getJsonObject("period").getString("endDate"));
        JsonObject amendment = contract.getJsonArray("amendments").getJsonObject(0);
        assertEquals("extension-31", amendment.getString("id"));
        assertEquals("2026-11-05T03:00:00Z", amendment.getString("date"));
        assertEquals(OcdsReleases.EXTENSION_RATIONALE, amendment.getString("rationale"));
        assertEquals("service period end date changed from 2026-11-17T23:59:59+08:00 to 2026-11-30T23:59:59+08:00 (extension 1)",
                amendment.getString("description"));
        assertEquals("contract-7001", amendment.getString("amendsReleaseID"));
        assertEquals("extension-31", amendment.getString("releaseID"));

        JsonObject second = rs.get(6).getJsonArray("contracts").getJsonObject(0);
        JsonObject secondAmendment = second.getJsonArray("amendments").getJsonObject(0);
        assertTrue(secondAmendment.getString("description").startsWith("service period end date changed from 2026-11-30T23:59:59"),
                "the second extension starts from the first one's end: " + secondAmendment);
        assertEquals("extension-31", secondAmendment.getString("amendsReleaseID"));

        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        JsonObject compiledContract = compiled.getJsonArray("contracts").getJsonObject(0);
        assertEquals("2026-12-15T23:59:59+08:00", compiledContract.getJsonObject("period").getString("endDate"));
        assertEquals("2026-10-27T00:00:00+08:00", compiledContract.getJsonObject("period").getString("startDate"));
        assertEquals(List.of("extension-31", "extension-32"), compiledContract.getJsonArray("amendments").stream()
                .map(a -> a.asJsonObject().getString("id")).toList());
        assertEquals(68000, compiledContract.getJsonObject("value").getJsonNumber("amount").intValueExact());
    }

    @Test
    void theCompletionTerminatesTheContractWithTheChecksAsAMetMilestone() {
        List<JsonObject> rs = OcdsReleases.of(OCID, extendedAndCompleted(), SITE);
        JsonObject done = rs.get(rs.size() - 1);
        assertEquals("implementation", done.getJsonArray("tag").getString(0));
        assertEquals("2026-11-16T06:30:00Z", done.getString("date"));
        JsonObject contract = done.getJsonArray("contracts").getJsonObject(0);
        assertEquals("terminated", contract.getString("status"));
        JsonObject checks = contract.getJsonObject("implementation").getJsonArray("milestones").getJsonObject(0);
        assertEquals("checks-2", checks.getString("id"));
        assertEquals("met", checks.getString("status"));
        assertEquals("2026-11-16T06:30:00Z", checks.getString("dateMet"));

        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(List.of(), OcdsSchema.releaseErrors(compiled.toString()), compiled.toString());
        JsonObject compiledContract = compiled.getJsonArray("contracts").getJsonObject(0);
        assertEquals("terminated", compiledContract.getString("status"), "the completion replaced active");
        assertEquals(List.of("deliverable-2:met", "checks-2:met"), compiledContract.getJsonObject("implementation")
                .getJsonArray("milestones").stream().map(m -> m.asJsonObject().getString("id") + ":"
                        + m.asJsonObject().getString("status")).toList());
        assertEquals(OCID + "-2026-11-16T06:30:00Z", compiled.getString("id"));
    }

    @Test
    void extensionsAndCompletionDoNotChangeEarlierReleases() {
        List<OcdsEvent> events = extendedAndCompleted();
        List<JsonObject> all = OcdsReleases.of(OCID, events, SITE);
        List<OcdsEvent> ordered = new ArrayList<>(events);
        ordered.sort((a, b) -> a.cursor().compareTo(b.cursor()));
        for (int i = 1; i <= ordered.size(); i++) {
            assertEquals(all.subList(0, i), OcdsReleases.of(OCID, ordered.subList(0, i), SITE), "release " + i);
        }
        assertEquals(all, OcdsReleases.of(OCID, events, SITE), "built twice, the same releases");
    }

    @Test
    void theResultGivesTheNumberOfTenderersOfTheProofAndNoTenderers() {
        List<JsonObject> rs = OcdsReleases.of(OCID, finishedChain(), SITE);
        JsonObject tender = rs.get(2).getJsonObject("tender");
        assertEquals(3, tender.getInt("numberOfTenderers"), "the proof's eligible entries");
        assertFalse(tender.containsKey("tenderers"));
        for (int i = 0; i < 2; i++) {
            assertFalse(rs.get(i).getJsonObject("tender").containsKey("numberOfTenderers"), "never before the selection: " + i);
        }
        JsonObject compiled = OcdsMerge.compile(rs);
        assertEquals(3, compiled.getJsonObject("tender").getInt("numberOfTenderers"));
        assertEquals("complete", compiled.getJsonObject("tender").getString("status"));

        OcdsEvent.Announcement failure = announcement(9020, "FAILURE", "2026-10-12T09:00:05Z", null, null,
                snapshot("FAILURE", Instant.parse("2026-10-12T09:00:05Z"), "2026-10-12T09:00:00Z", "98000.00")
                        .add("outcome", Json.createObjectBuilder().add("round", 1).add("status", "FAILED").add("eligible", 2)
                                .add("excluded", 5).add("failure", "TOO_FEW").add("minBidders", 3)));
        List<JsonObject> failed = OcdsReleases.of(OCID, List.of(publication(), failure), SITE);
        assertValid(failed);
        assertEquals("unsuccessful", failed.get(1).getJsonObject("tender").getString("status"));
        assertEquals(2, failed.get(1).getJsonObject("tender").getInt("numberOfTenderers"));
    }
}
