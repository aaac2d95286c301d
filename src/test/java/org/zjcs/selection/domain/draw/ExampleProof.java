package org.zjcs.selection.domain.draw;

import java.math.BigDecimal;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;

/**
 * The example of docs/draw.md and docs/draw-example-proof.json: the fixed vectors, reasonable price, bids
 * A 100000.00, B 95001.00, C 90000.00, D 110000.00, E 85000.00.
 */
public final class ExampleProof {

    public static final String FILE = "docs/draw-example-proof.json";
    public static final String FILE_V2 = "docs/draw-example-proof-v2.json";

    private ExampleProof() {
    }

    public static SelectionInput input() {
        return SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.REASONABLE_PRICE, List.of(
                Entry.priced(1, "Firm A Environmental Assessment Co.", DrawVectors.RECEIPT_A,
                        new BigDecimal("100000.00")),
                Entry.priced(2, "Firm B Safety Consulting Ltd.", DrawVectors.RECEIPT_B, new BigDecimal("95001.00")),
                Entry.priced(3, "Firm C Survey Institute", DrawVectors.RECEIPT_C, new BigDecimal("90000.00")),
                Entry.priced(4, "Firm D Engineering Design", DrawVectors.RECEIPT_D, new BigDecimal("110000.00")),
                Entry.priced(5, "Firm E Valuation Partners", DrawVectors.RECEIPT_E, new BigDecimal("85000.00"))));
    }

    public static Proof proof() {
        SelectionInput in = input();
        Outcome o = SelectionRules.select(in, DrawVectors.seed());
        return Proof.of(in, DrawVectors.seed(), o);
    }

    /** The same input drawn with version 2: witness 20 .. 3f and the ledger of {@link DrawVectors#ledger()}. */
    public static Proof proofV2() {
        SelectionInput in = input();
        Outcome o = SelectionRules.of(in.method()).select(in, DrawVectors.streamV2());
        return Proof.ofV2(in, DrawVectors.seed(), DrawVectors.witness(), DrawVectors.ledger(), o);
    }
}
