package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.SelectionMethod;

/** A result carries its notice's service item and province (the public list's filters, V59); a runner-up keeps them. */
class ResultFilterColumnsTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aResultCarriesTheNoticesItemAndTheProvinceOfItsRegion() {
        SelectionResult r = new SelectionResult(1, 1, SelectionMethod.LOWEST_PRICE, true, null, 7L, new BigDecimal("1.00"),
                "00", "{}", "h", T, "system", List.of()).ofNotice(42L, "610113");
        assertEquals(42L, r.getServiceItemId());
        assertEquals("61", r.getProvinceCode());
        r.decline("no staff", T);
        SelectionResult next = SelectionResult.runnerUp(r, 2, 8L, new BigDecimal("2.00"), T, "owner", List.of());
        assertEquals(42L, next.getServiceItemId(), "the runner-up is a result of the same notice");
        assertEquals("61", next.getProvinceCode());
    }

    @Test
    void theProvinceIsTheFirstTwoDigitsLikeTheNoticesGeneratedColumn() {
        assertEquals("33", SelectionResult.provinceOf(" 330102 "));
        assertEquals("11", SelectionResult.provinceOf("11"));
        assertNull(SelectionResult.provinceOf(null));
        assertNull(SelectionResult.provinceOf("  "));
    }
}
