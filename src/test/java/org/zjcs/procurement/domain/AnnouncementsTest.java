package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.shared.crypto.Sha256;

/** A notice's announcements: its text as canonical JSON, fixed with its hash; a correction's changes field by field. */
class AnnouncementsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Announcements.Names NAMES = new Announcements.Names("Owner unit", "EIA-01",
            List.of(new Announcements.CaseLine("SP-2", null), new Announcements.CaseLine("SP-1", "2026-610102-01")));

    private static Notice published() throws Exception {
        NoticeTerms t = NoticeRules.check(NoticeRulesTest.entered(1L, "Title", "Content", "Scale", "610102",
                FundSource.FISCAL, SelectionMethod.LOWEST_PRICE, null, new BigDecimal("1000"), new BigDecimal("2000.5"), null,
                null, null, null, null, null, 20, LocalDateTime.of(2026, 11, 26, 17, 0), "Wang", "029-87451230", "12345678",
                List.of(2L, 1L), List.of()), new BigDecimal("100000"));
        Notice n = new Notice(2001, 2001, t, RequirementMode.ALL_OF, List.of(new NoticeRequirement("EIA", null)), T0);
        var id = Notice.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(n, 77L);
        n.publish(T0.plusSeconds(86400), DrawCommitment.of("ab".repeat(32), "sealed", "cd".repeat(32), "ef".repeat(32)), T0);
        return n;
    }

    @Test
    void thePublicationFixesTheNoticesTextInAFixedKeyOrder() throws Exception {
        Announcement a = Announcements.of(published(), AnnouncementKind.PUBLICATION, T0, "owner01", null, null, NAMES);
        assertEquals(Sha256.hex(a.getContent()), a.getContentHash());
        JsonObject o = Json.createReader(new StringReader(a.getContent())).readObject();
        assertEquals(List.of("notice", "announcement", "at", "owner", "title", "serviceItem", "serviceContent",
                "projectScale", "region", "fundSource", "method", "fixedPrice", "priceFloor", "priceCeiling", "minBidders",
                "weights", "coefficients", "directPickReason", "requirementMode", "requirements", "serviceDays",
                "enrolmentDeadline", "contactName", "contactPhone", "complaintPhone", "approvalCases", "avoidances",
                "attachments", "drawCommitment", "drawWitnessCommitment"), new ArrayList<>(o.keySet()));
        assertEquals(77, o.getInt("notice"));
        assertEquals("", o.getString("fixedPrice"));
        assertEquals("2000.50", o.getString("priceCeiling"), "amounts as plain strings with their two decimals");
        assertEquals("SP-2", o.getJsonArray("approvalCases").getJsonObject(0).getString("caseNumber"), "cases in order");
        assertEquals("", o.getJsonArray("approvalCases").getJsonObject(0).getString("projectCode"));
        assertEquals("2026-11-23T02:00:00Z", o.getString("at"));
        assertNull(a.getChanges());
    }

    @Test
    void anOutcomeIsTheTextWithTheOutcomeAppended() throws Exception {
        Notice n = published();
        JsonObject outcome = Json.createObjectBuilder().add("winner", 5).build();
        Announcement a = Announcements.outcome(n, AnnouncementKind.RESULT, T0, "system", null, outcome, NAMES);
        String text = Announcements.content(n, AnnouncementKind.RESULT, T0, NAMES);
        assertEquals(text.substring(0, text.length() - 1) + ",\"outcome\":{\"winner\":5}}", a.getContent());
    }

    @Test
    void aCorrectionNamesOnlyWhatChanged() {
        Announcements.Changes c = new Announcements.Changes().compare("projectScale", "a", "b").compare("contactPhone", "1", "1");
        assertFalse(c.isEmpty());
        assertEquals(List.of("projectScale"), new ArrayList<>(c.fields()));
        assertEquals("{\"projectScale\":{\"from\":\"a\",\"to\":\"b\"}}", c.json(false));
        assertTrue(c.json(true).endsWith(",\"deadlineExtended\":true}"));
        assertTrue(new Announcements.Changes().compare("x", "same", "same").isEmpty());
    }
}
