package org.zjcs.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.zjcs.shared.crypto.Sha256;

/**
 * The receipt a firm gets for each submission: the notice, the kind, the server's time and the receipt hash. The hash is
 * SHA-256 over the notice, the firm, the kind, the price, the time and a random nonce (docs/draw.md), so that after the
 * deadline anyone can recompute it from the published proof, while before it a database reader cannot guess the price
 * from it. The hashes of the submissions that count are the entries of the draw.
 */
public record Receipt(long noticeId, SubmissionKind kind, Instant submittedAt, String hash) {

    public static final String VERSION = "zjcs-receipt-v1";

    /** The receipt hash: SHA-256 of the UTF-8 lines below, joined by "\n"; a missing price is written "-". */
    public static String hash(long noticeId, long firmId, SubmissionKind kind, BigDecimal price, Instant at, String nonceHex) {
        String text = String.join("\n", VERSION, Long.toString(noticeId), Long.toString(firmId), kind.name(),
                price == null ? "-" : price.toPlainString(), at.toString(), nonceHex);
        return Sha256.hex(text);
    }

    public String getHash() {
        return hash;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public SubmissionKind getKind() {
        return kind;
    }
}
