package org.zjcs.credit.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.credit.application.EvaluationItem;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.Evaluation;

/** The JSON bodies of the evaluation, quality rating and appeal resources (docs/domain-rules.md, "Evaluations and appeals"). */
public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    @Schema(description = "The owner's evaluation: the five aspects 1-5 (5 best, all required), the overall level "
            + "(VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED or VERY_DISSATISFIED, required) and an "
            + "optional private comment (at most 1000 characters)")
    public record EvaluationRequest(BigDecimal quality, BigDecimal timeliness, BigDecimal attitude, BigDecimal fees, BigDecimal conduct,
                                    String level, String comment) {
    }

    @Schema(description = "Approval staff's quality rating: GOOD, FAIR or POOR (required) and an optional comment")
    public record RatingRequest(String rating, String comment) {
    }

    @Schema(description = "The firm's appeal of an evaluation: its reasons (required, at most 2000 characters)")
    public record AppealRequest(String reasons) {
    }

    @Schema(description = "An appeal of an evaluation and, once decided, the decision")
    public record AppealDto(long id, long evaluation,
                            @Schema(description = "PENDING, UPHELD or REVISED") String status,
                            String reasons, String filedAt, String filedBy, String originalLevel, String revisedLevel,
                            String decisionReason, String decidedAt) {

        static AppealDto of(Appeal a) {
            return a == null ? null : new AppealDto(a.getId(), a.getEvaluationId(), a.getStatus().name(), a.getReasons(),
                    text(a.getFiledAt()), a.getFiledBy(), name(a.getOriginalLevel()), name(a.getRevisedLevel()),
                    a.getDecisionReason(), text(a.getDecidedAt()));
        }
    }

    @Schema(description = "A department's quality rating of the notice's deliverable")
    public record RatingDto(long id, long notice, long department,
                            @Schema(description = "GOOD, FAIR or POOR; null while not given") String rating,
                            String comment, String ratedAt, String ratedBy) {

        static RatingDto of(ApprovalRating r) {
            return new RatingDto(r.getId(), r.getNoticeId(), r.getDepartmentId(), name(r.getRating()), r.getComment(),
                    text(r.getRatedAt()), r.getRatedBy());
        }
    }

    @Schema(description = "The owner's evaluation of the notice's firm (the comment is private: the owner unit, the firm "
            + "and regulators read it), with its appeal and the given quality ratings the caller may see")
    public record EvaluationDto(long id, long notice, String noticeTitle, long owner, long firm, String acceptedAt,
                                String dueAt, boolean overdue, boolean evaluated, Integer quality, Integer timeliness,
                                Integer attitude, Integer fees, Integer conduct,
                                @Schema(description = "the level that counts: the revised one after an appeal, else the given one")
                                String level,
                                @Schema(description = "the level the owner gave") String overallLevel,
                                String revisedLevel, String comment, String evaluatedAt, String evaluatedBy,
                                @Schema(description = "the last moment the firm may appeal (null while not given)")
                                String appealDeadline, boolean appealOpen, AppealDto appeal, List<RatingDto> ratings) {

        static EvaluationDto of(EvaluationItem item, List<ApprovalRating> ratings) {
            Evaluation e = item.getEvaluation();
            return new EvaluationDto(e.getId(), e.getNoticeId(), e.getNoticeTitle(), e.getOwnerId(), e.getFirmId(),
                    text(e.getAcceptedAt()), text(e.getDueAt()), item.isOverdue(), e.isEvaluated(), e.getQuality(),
                    e.getTimeliness(), e.getAttitude(), e.getFees(), e.getConduct(), name(e.getLevel()),
                    name(e.getOverallLevel()), name(e.getRevisedLevel()), e.getComment(), text(e.getEvaluatedAt()),
                    e.getEvaluatedBy(), text(item.getAppealDeadline()), item.isAppealOpen(), AppealDto.of(item.getAppeal()),
                    ratings.stream().map(RatingDto::of).toList());
        }
    }

    static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
