package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;
import org.zjcs.supervision.application.EvidenceJson;
import org.zjcs.supervision.domain.risk.Evidence;
import org.zjcs.supervision.domain.risk.Finding;
import org.zjcs.supervision.domain.risk.RiskRule;
import org.zjcs.supervision.domain.risk.SubjectKind;

/** A warning's life: open, refreshed while open, checked once with a note; its evidence survives the JSON text. */
class RiskWarningTest {

    static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    static final Finding F = new Finding(RiskRule.LATE_CANCEL, SubjectKind.OWNER, "2001", "业主",
            new Evidence(Map.of("owner", "业主"), List.of("notice"), List.of(List.of("8001"))));

    @Test
    void checkNeedsANoteAndHappensOnce() {
        RiskWarning w = new RiskWarning(F, EvidenceJson.write(F.evidence()), T.minusSeconds(86400), T, T);
        assertEquals(RiskWarningState.OPEN, w.getState());
        assertEquals("risk.error.noteRequired", assertThrows(DomainException.class, () -> w.check("  ", "r", T)).messageKey());
        assertEquals("risk.error.noteTooLong",
                assertThrows(DomainException.class, () -> w.check("啊".repeat(2001), "r", T)).messageKey());
        w.check(" 已约谈 ", "regulator01", T);
        assertEquals(RiskWarningState.CHECKED, w.getState());
        assertEquals("已约谈", w.getCheckedNote());
        assertEquals("risk.error.notOpen", assertThrows(DomainException.class, () -> w.check("again", "r", T)).messageKey());
        assertEquals("risk.error.notOpen", assertThrows(DomainException.class,
                () -> w.refresh(F, "{}", T, T, T)).messageKey());
    }

    @Test
    void evidenceRoundTrips() {
        Evidence e = new Evidence(Map.of("share", "66.7%"), List.of("notice", "title"),
                List.of(List.of("8001", "“引号”\\ 与 \"quotes\""), List.of("8002", "二")));
        assertEquals(e, EvidenceJson.read(EvidenceJson.write(e)));
        assertNull(new RiskWarning(F, "{}", T, T, T).getCheckedAt());
    }
}
