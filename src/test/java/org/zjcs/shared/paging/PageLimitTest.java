package org.zjcs.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PageLimitTest {

    @Test
    void absentIsTheDefaultAndOneToMaxIsTaken() {
        assertEquals(OptionalInt.of(10), PageLimit.parse(null, 10, 50));
        assertEquals(OptionalInt.of(20), PageLimit.parse("  ", 20, 50));
        assertEquals(OptionalInt.of(1), PageLimit.parse("1", 10, 50));
        assertEquals(OptionalInt.of(50), PageLimit.parse("50", 10, 50));
        assertEquals(OptionalInt.of(7), PageLimit.parse("07", 10, 50));
    }

    @Test
    void anythingElseIsNoLimit() {
        for (String bad : new String[] {"0", "51", "99", "100", "-1", "+5", " 5", "5 ", "abc", "1e1", "９", "2147483648"}) {
            assertEquals(OptionalInt.empty(), PageLimit.parse(bad, 10, 50), bad);
        }
    }
}
