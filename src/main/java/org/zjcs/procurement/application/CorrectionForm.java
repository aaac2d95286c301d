package org.zjcs.procurement.application;

import java.time.LocalDateTime;
import org.zjcs.catalog.domain.RequirementMode;

/** A correction (更正公告): the reason, and the new values of what a correction may change (Beijing-time deadline). */
public record CorrectionForm(String reason, String serviceContent, String projectScale, String contactPhone,
                             String complaintPhone, RequirementMode requirementMode, LocalDateTime deadline) {
}
