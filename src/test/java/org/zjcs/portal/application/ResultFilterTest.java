package org.zjcs.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.SelectionMethod;

/** The results list's filters: known values filter, blank means any, a bad value is named (and left out). */
class ResultFilterTest {

    private static ResultFilter.Parsed parse(String item, String province, String method) {
        return ResultFilter.parse(item, province, method, id -> id == 3, code -> code.equals("610000"));
    }

    @Test
    void readsKnownValues() {
        ResultFilter.Parsed p = parse("3", "610000", "RANDOM_DRAW");
        assertTrue(p.valid());
        assertEquals(new ResultFilter(3L, "61", SelectionMethod.RANDOM_DRAW), p.filter());
        assertEquals("61", parse(null, "61", null).filter().provincePrefix());
    }

    @Test
    void blankMeansAny() {
        ResultFilter.Parsed p = parse(" ", "", null);
        assertTrue(p.valid());
        assertEquals(ResultFilter.NONE, p.filter());
    }

    @Test
    void namesTheFirstBadValueAndKeepsTheGoodOnes() {
        ResultFilter.Parsed p = parse("3", "610000", "LOTTERY");
        assertEquals(ResultFilter.BAD_METHOD, p.errorKey());
        assertEquals("LOTTERY", p.badValue());
        assertEquals(3L, p.filter().serviceItemId());
        assertNull(p.filter().method());

        assertEquals(ResultFilter.BAD_ITEM, parse("999", null, null).errorKey());
        assertEquals(ResultFilter.BAD_ITEM, parse("1e9", null, null).errorKey());
        assertEquals(ResultFilter.BAD_ITEM, parse("99999999999999999999", null, null).errorKey());
        assertEquals(ResultFilter.BAD_PROVINCE, parse(null, "610102", null).errorKey()); // a district, not a province
        assertEquals(ResultFilter.BAD_PROVINCE, parse(null, "990000", null).errorKey());
        assertEquals(ResultFilter.BAD_PROVINCE, parse(null, "<script>", null).errorKey());
        assertEquals(ResultFilter.BAD_METHOD, parse(null, null, "random_draw").errorKey());
    }
}
