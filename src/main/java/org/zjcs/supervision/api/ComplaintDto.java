package org.zjcs.supervision.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.domain.Complaint;

/** A complaint or report as its reporter and its regulators read it (never the accused). */
@Schema(description = "A complaint or a report of misconduct: kind, topic, target, state, due time and, once answered, the finding")
public record ComplaintDto(long id, String kind, String topic, String targetKind, long targetId, Long noticeId,
                           Long objectionId, String text, String filedAt, String dueAt, boolean overdue, String status,
                           String finding, String answer, String consequence, String answeredAt, List<String> evidence) {

    static ComplaintDto of(Complaint c, Instant now) {
        return new ComplaintDto(c.getId(), c.getKind().name(), c.getTopic().name(), c.getTargetKind().name(),
                c.getTargetId(), c.getNoticeId(), c.getObjectionId(), c.getText(), c.getFiledAt().toString(),
                c.getDueAt().toString(), c.isOverdueAt(now), c.getStatus().name(),
                c.getFinding() == null ? null : c.getFinding().name(), c.getAnswer(),
                c.getConsequence() == null ? null : c.getConsequence().name(),
                c.getAnsweredAt() == null ? null : c.getAnsweredAt().toString(),
                c.getEvidence().stream().map(f -> f.getDisplayName()).toList());
    }

    @Schema(description = "A firm's complaint about the rejection of its objection")
    public record ComplaintRequest(Long objectionId, String text) {
    }

    @Schema(description = "A report: targetKind NOTICE | FIRM | OWNER | DEPARTMENT, targetId, topic FORCED_DESIGNATION | "
            + "EXTRA_FEES | OTHER, text")
    public record ReportRequest(String targetKind, Long targetId, String topic, String text) {
    }

    @Schema(description = "A regulator's answer: finding UPHELD | PARTLY_UPHELD | NOT_UPHELD, the text, and the consequence "
            + "for the accused firm NONE | CREDIT_EVENT (a black-list entry is made on the page, with its evidence)")
    public record AnswerRequest(String finding, String text, String consequence) {
    }

    @Schema(description = "One page of a list, newest first, with the cursors of the next and previous pages")
    public record Page(List<ComplaintDto> items, String next, String previous) {
    }
}
