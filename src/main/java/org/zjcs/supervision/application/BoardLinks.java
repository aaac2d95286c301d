package org.zjcs.supervision.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The drill-down of a board item: its notice's page (the public notice page, where the step's notice is shown) and
 * its approval case's timeline in the caller's workspace (regulators: regulator/cases.xhtml; approval staff: their
 * approval/timeline.xhtml; the operator has no case timeline). Paths relative to the application.
 */
public final class BoardLinks {

    private BoardLinks() {
    }

    public static String item(Long noticeId) {
        return noticeId == null ? null : "/notice.xhtml?id=" + noticeId;
    }

    public static String timeline(BoardScope scope, String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        String n = URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
        return switch (scope.kind()) {
            case ALL -> "/regulator/cases.xhtml?case=" + n;
            case DEPARTMENT -> "/approval/timeline.xhtml?q=" + n;
            case PLATFORM -> null;
        };
    }
}
