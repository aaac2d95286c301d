package org.zjcs.credit.web;

import java.time.LocalDate;
import org.zjcs.shared.time.DateText;

/** Small helpers of the credit forms. */
final class Forms {

    private Forms() {
    }

    /** A date as people type it (DateText: 2026-12-04, 2026/12/04, 2026年12月4日 …); blank gives null; anything else is refused. */
    static LocalDate date(String text) {
        return DateText.parseOrNull(text);
    }
}
