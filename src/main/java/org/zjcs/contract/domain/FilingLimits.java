package org.zjcs.contract.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The two time limits of a contract filing (docs/domain-rules.md, "Who was late"): the filing limit
 * ({@code contract.filing.working-days} after the award), which the uploading party's first upload must meet, and the
 * answer window ({@code contract.answer.working-days}), which gives the moment by which the other party must answer an
 * upload made at a given time (and, after a return, by which the uploader must file the corrected version).
 */
public record FilingLimits(Instant filingDue, UnaryOperator<Instant> answerWindow) {

    public FilingLimits {
        Objects.requireNonNull(filingDue, "filingDue");
        Objects.requireNonNull(answerWindow, "answerWindow");
    }

    /** The end of the answer window that opens at {@code from}. */
    public Instant answerDue(Instant from) {
        return answerWindow.apply(from);
    }
}
