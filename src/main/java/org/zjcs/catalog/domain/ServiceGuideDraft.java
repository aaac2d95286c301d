package org.zjcs.catalog.domain;

import java.util.List;

/** What a regulator entered for a service guide, unchecked ({@link ServiceGuide} checks it). Materials one per line. */
public record ServiceGuideDraft(String conditions, String materials, List<GuideStep> steps, Integer timeLimitDays,
        String timeLimitNote, String feeStandard, String feeBasis) {
}
