package org.zjcs.supervision.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.application.LedgerLine;
import org.zjcs.supervision.domain.SatisfactionFigures;

/** The 好差评 statistics and the 差评 ledger as JSON (the supervision API). */
@Schema(description = "The 好差评 (evaluation) statistics of a period, one row per group of the dimension")
public record EvaluationStatsDto(String dimension, String from, String to, List<Group> groups) {

    @Schema(description = "The figures of one group (firm, service item, owner unit or approval department): evaluations "
            + "given in the period; satisfactionRate = share (%) with the counted level VERY_SATISFIED, SATISFIED or "
            + "BASICALLY_SATISFIED; badShare = share (%) DISSATISFIED or VERY_DISSATISFIED; the five aspect averages (1-5); "
            + "onTimeRate = share (%) of the group's due steps closed in the period that were not late. Null when the "
            + "denominator is zero.")
    public record Group(Long id, String name, String nameEn, long evaluations, BigDecimal satisfactionRate,
                        BigDecimal badShare, BigDecimal quality, BigDecimal timeliness, BigDecimal attitude,
                        BigDecimal fees, BigDecimal conduct, long closedDueItems, BigDecimal onTimeRate) {

        static Group of(SatisfactionFigures f) {
            return new Group(f.key(), f.name(), f.nameEn(), f.evaluations(), f.satisfactionRate(), f.badShare(),
                    f.getQuality(), f.getTimeliness(), f.getAttitude(), f.getFees(), f.getConduct(), f.closedDue(),
                    f.onTimeRate());
        }
    }

    @Schema(description = "A line of the 差评 ledger: the bad evaluation, its appeal and the regulator's decision, the "
            + "follow-up and the derived state APPEALABLE | APPEALING | REVOKED | TO_RECTIFY | RECTIFIED. The comment only "
            + "for regulators.")
    public record Line(long evaluationId, String evaluatedAt, long noticeId, String noticeTitle, String caseNumber,
                       long firmId, String firmName, long ownerId, String ownerName, int quality, int timeliness,
                       int attitude, int fees, int conduct, String level, String revisedLevel, String comment,
                       String appealStatus, String appealFiledAt, String appealDecision, String appealDecidedAt,
                       String followUpNote, String followUpAt, String state) {

        static Line of(LedgerLine l) {
            return new Line(l.evaluationId(), text(l.evaluatedAt()), l.noticeId(), l.noticeTitle(), l.caseNumber(),
                    l.firmId(), l.firmName(), l.ownerId(), l.ownerName(), l.getQuality(), l.getTimeliness(),
                    l.getAttitude(), l.getFees(), l.getConduct(), text(l.level()), text(l.revisedLevel()), l.comment(),
                    text(l.appealStatus()), text(l.appealFiledAt()), l.appealDecision(), text(l.appealDecidedAt()),
                    l.followUpNote(), text(l.followUpAt()), l.state().name());
        }

        private static String text(Object o) {
            return o == null ? null : o.toString();
        }
    }

    @Schema(description = "One page of the 差评 ledger, newest first, with the cursors of the next and previous pages")
    public record LedgerPage(List<Line> items, String next, String previous) {
    }

    @Schema(description = "A regulator's follow-up (整改情况) of a ledger line: a note of at most 1000 characters")
    public record FollowUpRequest(String note) {
    }
}
