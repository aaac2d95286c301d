package org.zjcs.procurement.domain;

/** Where the money comes from (资金来源): fiscal funds, or the owner's own / social funds. */
public enum FundSource {
    FISCAL, SOCIAL
}
