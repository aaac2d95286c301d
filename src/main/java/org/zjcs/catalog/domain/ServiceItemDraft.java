package org.zjcs.catalog.domain;

import java.util.List;

/** What a regulator enters for a catalogue item (new or changed). */
public record ServiceItemDraft(String code, String nameZh, String nameEn, String legalBasis, String approvalItems,
                               RequirementMode mode, List<QualificationRequirement> requirements) {
}
