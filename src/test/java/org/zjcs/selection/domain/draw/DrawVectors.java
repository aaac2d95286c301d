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

    private DrawVectors() {
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
