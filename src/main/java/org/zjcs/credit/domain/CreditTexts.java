package org.zjcs.credit.domain;

import org.zjcs.shared.error.DomainException;

/** The free texts of the credit records (reasons, legal basis): required, stripped, at most {@value #MAX} characters. */
public final class CreditTexts {

    public static final int MAX = 1000;

    private CreditTexts() {
    }

    /** The stripped text; refused with {@code missingKey} when blank and {@code credit.error.tooLong} when too long. */
    public static String required(String text, String missingKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DomainException(missingKey);
        }
        if (t.length() > MAX) {
            throw new DomainException("credit.error.tooLong", MAX);
        }
        return t;
    }
}
