package org.zjcs.selection.domain.draw;

import java.util.List;
import org.zjcs.shared.crypto.Sha256;

/** The fixed vectors of docs/draw.md: seed 00 01 .. 1f, notice 1001, receipts SHA-256("receipt-A") .. ("receipt-E"). */
public final class DrawVectors {

    public static final long NOTICE_ID = 1001L;

    public static final String SEED_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    public static final String RECEIPT_A = Sha256.hex("receipt-A");
    public static final String RECEIPT_B = Sha256.hex("receipt-B");
    public static final String RECEIPT_C = Sha256.hex("receipt-C");
    public static final String RECEIPT_D = Sha256.hex("receipt-D");
    public static final String RECEIPT_E = Sha256.hex("receipt-E");

    /** Version 2: the witness is bytes 0x20 .. 0x3f. */
    public static final String WITNESS_HEX = "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f";
    /** A sixth firm X enrolled and withdrew: its two submissions stay in the ledger. */
    public static final String RECEIPT_X = Sha256.hex("receipt-X");
    public static final String RECEIPT_X_WITHDRAWN = Sha256.hex("receipt-X-withdrawn");

    private DrawVectors() {
    }

    public static byte[] witness() {
        return DrawStream.parseSeed(WITNESS_HEX);
    }

    /** The ledger of the version-2 example: A, B, C, X enrol, X withdraws, D, E enrol. */
    public static List<String> ledger() {
        return List.of(RECEIPT_A, RECEIPT_B, RECEIPT_C, RECEIPT_X, RECEIPT_X_WITHDRAWN, RECEIPT_D, RECEIPT_E);
    }

    public static DrawStream streamV2() {
        return DrawStream.v2(seed(), witness(), DrawStream.ledgerDigest(ledger()), NOTICE_ID, receipts());
    }

    public static byte[] seed() {
        return DrawStream.parseSeed(SEED_HEX);
    }

    public static List<String> receipts() {
        return List.of(RECEIPT_A, RECEIPT_B, RECEIPT_C, RECEIPT_D, RECEIPT_E);
    }

    public static DrawStream stream() {
        return new DrawStream(seed(), NOTICE_ID, receipts());
    }
}
