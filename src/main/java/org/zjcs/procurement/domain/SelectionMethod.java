package org.zjcs.procurement.domain;

/** How the winner is selected (labels in the bundles as notice.method.NAME; rules in docs/domain-rules.md). */
public enum SelectionMethod {
    /** 随机抽取: one winner drawn among the eligible enrolled firms at the fixed price. */
    RANDOM_DRAW(false),
    /** 竞价选取（最低价） */
    LOWEST_PRICE(true),
    /** 竞价选取（最优价） */
    REASONABLE_PRICE(true),
    /** 综合评分 */
    SCORED(true),
    /** 直接选取: below the threshold only, with a published reason. */
    DIRECT_PICK(false);

    private final boolean priced;

    SelectionMethod(boolean priced) {
        this.priced = priced;
    }

    /** Whether firms bid a price between the owner's floor and ceiling (otherwise the notice has a fixed price). */
    public boolean isPriced() {
        return priced;
    }

    /**
     * Whether the selection ranks every eligible entry (winner first, then the runners-up), so that the owner may take
     * the runner-up from the same proof when the winner declines (price and scored methods); a random draw and a direct
     * pick name only the winner.
     */
    public boolean hasRunnersUp() {
        return priced;
    }
}
