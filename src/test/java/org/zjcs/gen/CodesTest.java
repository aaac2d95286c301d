package org.zjcs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.InvestmentProjectCode;
import org.zjcs.security.domain.CreditCode;

class CodesTest {

    @Test
    void everyGeneratedCreditCodeIsValidAndDistinct() {
        Set<String> seen = new HashSet<>();
        String[] categories = {"91", "11", "12"};
        for (long n = 0; n < 200_000; n++) {
            String code = Codes.creditCode(categories[(int) (n % 3)], n % 2 == 0 ? "610113" : "110105", n);
            assertTrue(CreditCode.isValid(code), code);
            assertTrue(seen.add(code.substring(8, 17)), "organisation code repeated: " + code);
        }
    }

    @Test
    void theLargestOrganisationNumberStillGivesAValidCode() {
        assertTrue(CreditCode.isValid(Codes.creditCode("91", "440300", 27_512_614_110L)));
    }

    @Test
    void everyGeneratedProjectCodeParses() {
        for (long serial = 0; serial < 3_000_000; serial += 997) {
            String code = Codes.projectCode(2014 + (int) (serial % 13), "610102", 1 + (int) (serial % 98),
                    1 + (int) (serial % 3), serial);
            InvestmentProjectCode parsed = InvestmentProjectCode.parse(code, 2026);
            assertEquals("610102", parsed.regionCode());
        }
        // a serial that is a multiple of the range still gives a non-zero serial number
        InvestmentProjectCode.parse(Codes.projectCode(2026, "610102", 48, 1, 999_999), 2026);
    }
}
