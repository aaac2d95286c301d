package org.zjcs.credit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact a context tells the credit service: which firm, what happened, the source object and when. The same fact
 * (firm, code, source) told twice counts once.
 *
 * @param noticeId the notice the fact belongs to, when there is one; {@code null} otherwise
 */
public record CreditFact(long firmId, CreditCode code, CreditSource source, String sourceId, Long noticeId,
                         Instant occurredAt) {

    public CreditFact {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > 64) {
            throw new IllegalArgumentException("A credit fact needs a source id of 1 to 64 characters: " + sourceId);
        }
        if (!code.ruled()) {
            throw new IllegalArgumentException("A reversal is not a fact; use CreditService.reverse");
        }
    }

    public static CreditFact of(long firmId, CreditCode code, CreditSource source, long sourceId, Long noticeId,
                                Instant occurredAt) {
        return new CreditFact(firmId, code, source, String.valueOf(sourceId), noticeId, occurredAt);
    }
}
