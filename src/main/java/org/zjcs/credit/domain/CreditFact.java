package org.zjcs.credit.domain;

import java.time.Instant;
import java.util.Objects;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * A fact a context tells the credit service: which firm, what happened, the source object and when. The same fact
 * (firm, code, source) told twice counts once.
 *
 * The firm and the notice are typed ids: the other contexts tell them across their border.
 *
 * @param notice the notice the fact belongs to, when there is one; {@code null} otherwise
 */
public record CreditFact(FirmId firm, CreditCode code, CreditSource source, String sourceId, NoticeId notice,
                         Instant occurredAt) {

    public CreditFact {
        Objects.requireNonNull(firm, "firm");
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

    public static CreditFact of(FirmId firm, CreditCode code, CreditSource source, long sourceId, NoticeId notice,
                                Instant occurredAt) {
        return new CreditFact(firm, code, source, String.valueOf(sourceId), notice, occurredAt);
    }

    /** The firm's organisation id, as credit stores it. */
    public long firmId() {
        return firm.value();
    }

    /** The notice's id, or {@code null} for a fact that belongs to no notice. */
    public Long noticeId() {
        return notice == null ? null : notice.value();
    }
}
