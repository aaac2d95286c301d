package org.zjcs.selection.domain.method;

import java.util.Map;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;

/** The rule of each selection method. */
public final class SelectionRules {

    private static final Map<SelectionMethod, SelectionRule> RULES = Map.of(
            SelectionMethod.RANDOM_DRAW, new RandomDrawRule(),
            SelectionMethod.LOWEST_PRICE, new LowestPriceRule(),
            SelectionMethod.REASONABLE_PRICE, new ReasonablePriceRule(),
            SelectionMethod.SCORED, new ScoredRule(),
            SelectionMethod.DIRECT_PICK, new DirectPickRule());

    private SelectionRules() {
    }

    public static SelectionRule of(SelectionMethod method) {
        return RULES.get(method);
    }

    /** By the method's name ({@code RANDOM_DRAW}, ...); IllegalArgumentException for an unknown name. */
    public static SelectionRule of(String methodName) {
        return of(SelectionMethod.valueOf(methodName));
    }

    /** Runs the input's method with a fresh stream from the seed. */
    public static Outcome select(SelectionInput input, byte[] seed) {
        return of(input.method()).select(input, input.drawStream(seed));
    }
}
