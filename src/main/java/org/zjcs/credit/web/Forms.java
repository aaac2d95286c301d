package org.zjcs.credit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zjcs.shared.error.DomainException;

/** Small helpers of the credit forms. */
final class Forms {

    private Forms() {
    }

    /** A date typed as yyyy-MM-dd; blank gives null; anything else is refused. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("credit.list.error.dates");
        }
    }
}
