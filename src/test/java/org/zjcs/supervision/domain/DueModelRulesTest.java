package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DueModelRulesTest {

    private static final Instant OPENED = Instant.parse("2027-03-01T02:00:00Z");
    private static final Instant DUE = Instant.parse("2027-03-04T02:00:00Z");

    @Test
    void theTwelveKindsKeepTheirStoredNamesAndParties() {
        assertEquals(List.of("REGISTRATION_REVIEW", "QUALIFICATION_REVIEW", "OBJECTION_ANSWER", "CONTRACT_UPLOAD",
                "CONTRACT_ANSWER", "DELIVERABLE", "OWNER_ACCEPTANCE", "DEPARTMENT_CHECK", "QUALITY_RATING", "EVALUATION",
                "APPEAL_REVIEW", "COMPLAINT_ANSWER"), List.of(DueKind.values()).stream().map(Enum::name).toList());
        assertEquals(PartyType.DEPARTMENT, DueKind.DEPARTMENT_CHECK.party());
        assertEquals(PartyType.DEPARTMENT, DueKind.QUALITY_RATING.party());
        assertEquals(PartyType.FIRM, DueKind.DELIVERABLE.party());
        assertEquals(PartyType.OWNER, DueKind.OWNER_ACCEPTANCE.party());
        assertEquals(PartyType.REGULATOR, DueKind.COMPLAINT_ANSWER.party());
        assertEquals(PartyType.OPERATOR, DueKind.REGISTRATION_REVIEW.party());
        assertFalse(DueKind.APPEAL_REVIEW.hasPartyOrganisation());
        assertTrue(DueKind.EVALUATION.hasPartyOrganisation());
        // due_item.kind is VARCHAR(32), party_type VARCHAR(16)
        for (DueKind k : DueKind.values()) {
            assertTrue(k.name().length() <= 32, k.name());
        }
        for (PartyType p : PartyType.values()) {
            assertTrue(p.name().length() <= 16, p.name());
        }
    }

    @Test
    void everyKindAndPartyIsNamedInBothLanguages() throws Exception {
        for (String bundle : List.of("messages_zh_CN", "messages_en")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/zjcs/i18n/" + bundle + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (DueKind k : DueKind.values()) {
                assertTrue(p.containsKey(k.messageKey()), bundle + ": " + k.messageKey());
            }
            for (PartyType t : PartyType.values()) {
                assertTrue(p.containsKey(t.messageKey()), bundle + ": " + t.messageKey());
            }
        }
    }

    @Test
    void aStepTakenBeforeOrAtItsDueInstantIsInTime() {
        DueOutcome early = DueOutcome.of(OPENED, DUE, Instant.parse("2027-03-02T03:30:00Z"));
        assertFalse(early.late());
        assertEquals(25 * 3600 + 1800, early.durationSeconds());
        assertFalse(DueOutcome.of(OPENED, DUE, DUE).late());
    }

    @Test
    void aStepTakenAfterItsDueInstantIsLate() {
        DueOutcome late = DueOutcome.of(OPENED, DUE, DUE.plusNanos(1000));
        assertTrue(late.late());
        assertEquals(3 * 86400, late.durationSeconds());
    }

    @Test
    void aStepTakenBeforeItsLimitStartedTookNoTime() {
        assertEquals(0, DueOutcome.of(OPENED, DUE, OPENED.minusSeconds(5)).durationSeconds());
        assertThrows(IllegalArgumentException.class, () -> new DueOutcome(DUE, false, -1));
    }
}
