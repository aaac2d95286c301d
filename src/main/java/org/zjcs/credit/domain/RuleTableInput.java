package org.zjcs.credit.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.zjcs.shared.error.DomainException;

/**
 * A new rule table as typed by a regulator (REST or page): the points by code name and the effective time as text.
 * Turns it into the map {@link CreditRuleVersion#next} checks, refusing what cannot be read with a clear message.
 */
public final class RuleTableInput {

    private RuleTableInput() {
    }

    /** The points by code: every name must be a ruled {@link CreditCode} and every value present. */
    public static Map<CreditCode, Integer> points(Map<String, Integer> byName) {
        Map<CreditCode, Integer> out = new EnumMap<>(CreditCode.class);
        if (byName == null) {
            return out;
        }
        for (Map.Entry<String, Integer> e : byName.entrySet()) {
            CreditCode code = codeOf(e.getKey());
            if (e.getValue() == null) {
                throw new DomainException("credit.rules.error.missing", code.name());
            }
            out.put(code, e.getValue());
        }
        return out;
    }

    private static CreditCode codeOf(String name) {
        try {
            CreditCode code = CreditCode.valueOf(name == null ? "" : name.strip());
            if (code.ruled()) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new DomainException("credit.rules.error.unknownCode", String.valueOf(name));
    }

    /** The effective time as an ISO-8601 instant (e.g. 2027-01-01T00:00:00Z); {@code null} or blank means at once. */
    public static Instant effectiveFrom(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("credit.rules.error.time", text.strip());
        }
    }
}
