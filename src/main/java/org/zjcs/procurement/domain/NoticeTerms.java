package org.zjcs.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What an owner writes into a notice draft. Checked by {@link NoticeRules}; the deadline is Beijing wall-clock time.
 * Getters for pages come from the entity, not from here.
 */
public record NoticeTerms(Long serviceItemId, String title, String serviceContent, String projectScale, String regionCode,
                          FundSource fundSource, SelectionMethod method, BigDecimal fixedPrice, BigDecimal priceFloor,
                          BigDecimal priceCeiling, Integer minBidders, Integer weightPrice, Integer weightCredit,
                          Integer weightQualification, String coefficients, String directPickReason, Integer serviceDays,
                          LocalDateTime deadline, String contactName, String contactPhone, String complaintPhone,
                          Set<Long> caseIds, List<AvoidanceLine> avoidances) {

    /** One line of the avoidance list as entered. */
    public record AvoidanceLine(Long firmId, String reason) {
    }
}
