package org.zjcs.procurement.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an owner writes into a notice draft: the text, how the firm is selected ({@link SelectionTerms}), whom to call
 * ({@link Contacts}), the approval cases in the owner's order and the firms to avoid. Checked by {@link NoticeRules};
 * the deadline is Beijing wall-clock time. Getters for pages come from the entity, not from here.
 */
public record NoticeTerms(Long serviceItemId, String title, String serviceContent, String projectScale, String regionCode,
                          FundSource fundSource, SelectionTerms selection, Integer serviceDays, LocalDateTime deadline,
                          Contacts contacts, List<Long> caseIds, List<AvoidanceLine> avoidances) {

    /** One line of the avoidance list as entered. */
    public record AvoidanceLine(Long firmId, String reason) {
    }
}
