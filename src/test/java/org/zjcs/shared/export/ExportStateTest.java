package org.zjcs.shared.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class ExportStateTest {

    @Test
    void aJobMovesOnlyForward() {
        assertTrue(ExportState.QUEUED.canMoveTo(ExportState.RUNNING));
        assertTrue(ExportState.RUNNING.canMoveTo(ExportState.DONE));
        assertTrue(ExportState.RUNNING.canMoveTo(ExportState.TOO_LARGE));
        assertTrue(ExportState.RUNNING.canMoveTo(ExportState.FAILED));
        assertFalse(ExportState.QUEUED.canMoveTo(ExportState.DONE));
        assertFalse(ExportState.DONE.canMoveTo(ExportState.RUNNING));
        assertFalse(ExportState.TOO_LARGE.canMoveTo(ExportState.DONE));
        ExportJob j = new ExportJob("FIRMS", ExportParameters.of(Map.of()), "operator01", Locale.ENGLISH, Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> j.moveTo(ExportState.DONE));
    }

    @Test
    void parametersRoundTripAndRefuseBadKeysOrLines() {
        ExportParameters p = ExportParameters.of(Map.of("standing", "ACTIVE", "q", "西安"));
        assertTrue(ExportParameters.parse(p.format()).asMap().equals(p.asMap()));
        assertThrows(DomainException.class, () -> ExportParameters.of(Map.of("bad key", "x")));
        assertThrows(DomainException.class, () -> ExportParameters.of(Map.of("q", "a\nb=c")));
        assertThrows(DomainException.class, () -> ExportParameters.of(Map.of("q", "x".repeat(201))));
    }
}
