package org.zjcs.selection.domain.method;

import org.zjcs.selection.domain.draw.DrawStream;

/**
 * One selection method (docs/draw.md, "Selection rules"). Implementations are stateless; get one from
 * {@link SelectionRules#of}.
 */
public interface SelectionRule {

    /**
     * Selects among the input's eligible entries.
     *
     * @param input the notice's parameters and eligible entries
     * @param draw  the notice's draw stream, built from the revealed seed, the notice id and exactly the input's
     *              receipts ({@link SelectionInput#drawStream}); fresh, i.e. nothing drawn from it yet
     * @return the outcome with its steps; a rule never throws for too few entries, it fails the outcome
     * @throws IllegalArgumentException when the input lacks what the method needs (a price, weights, the named firm)
     *                                  or the stream does not belong to the input
     */
    Outcome select(SelectionInput input, DrawStream draw);
}
