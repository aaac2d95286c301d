package org.zjcs.supervision.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.application.BoardQueries;
import org.zjcs.supervision.application.BoardStatistics;
import org.zjcs.supervision.domain.StepTime;

/** The JSON shapes of the supervision board's REST API (figures as docs/supervision.md defines them). */
public final class BoardDto {

    private BoardDto() {
    }

    @Schema(name = "BoardCountRow", description = "Open items of one value of a dimension")
    public record CountView(@Schema(description = "The dimension's value: an organisation or service item id, a region code or a party type; null for items without one", nullable = true) String key,
                            @Schema(description = "Its display name (organisation, service item in the caller's language, region, party type)", nullable = true) String name,
                            @Schema(description = "Open items (done_at IS NULL)") long open,
                            @Schema(description = "Open items past their due instant") long overdue,
                            @Schema(description = "Open items due within supervision.board.due-soon-hours") long dueSoon,
                            @Schema(description = "RED if overdue > 0, else AMBER if dueSoon > 0, else GREEN", enumeration = {"RED", "AMBER", "GREEN"}) String rag) {

        static CountView of(BoardQueries.CountRow r) {
            return new CountView(r.key(), r.name(), r.open(), r.overdue(), r.dueSoon(), r.rag().name());
        }
    }

    @Schema(name = "BoardCounts", description = "Counts of open items by one dimension, the most overdue first (at most 200 rows)")
    public record Counts(@Schema(description = "The dimension counted by") String dimension,
                         @Schema(description = "The caller's scope: ALL (regulators) or PLATFORM (operator: party OPERATOR items)") String scope,
                         @Schema(description = "ISO-8601 instant of the count") String at, List<CountView> rows) {
    }

    @Schema(name = "BoardItem", description = "One open item that a party must act on")
    public record ItemView(long id, @Schema(description = "The kind of step (due model)", example = "DEPARTMENT_CHECK") String kind,
                           @Schema(description = "Who must act: FIRM, OWNER, DEPARTMENT, REGULATOR or OPERATOR") String partyType,
                           @Schema(nullable = true) String partyName, @Schema(nullable = true) String departmentName,
                           @Schema(nullable = true) String firmName, @Schema(nullable = true) String ownerName,
                           @Schema(nullable = true) Long noticeId, @Schema(nullable = true) String caseNumber,
                           @Schema(description = "ISO-8601 instant the step became due") String openedAt,
                           @Schema(description = "ISO-8601 due instant") String dueAt, boolean overdue,
                           @Schema(description = "Whole hours past the due instant (0 when not overdue)") long overdueHours,
                           @Schema(description = "The item's page, relative to the application", nullable = true) String itemLink,
                           @Schema(description = "The approval case's timeline page, relative to the application", nullable = true) String caseLink) {

        static ItemView of(BoardQueries.ItemRow r) {
            return new ItemView(r.id(), r.kind(), r.partyType(), r.partyName(), r.departmentName(), r.firmName(), r.ownerName(),
                    r.noticeId(), r.caseNumber(), r.openedAt().toString(), r.dueAt().toString(), r.overdue(), r.overdueHours(),
                    r.itemLink(), r.caseLink());
        }
    }

    @Schema(name = "BoardItems", description = "One page of open items, most overdue first (due instant, then id)")
    public record Items(List<ItemView> items,
                        @Schema(description = "Cursor of the next page (pass as after), null on the last page", nullable = true) String next,
                        @Schema(description = "Cursor of the previous page (pass as before), null on the first page", nullable = true) String previous) {
    }

    @Schema(name = "BoardStepTime", description = "How long one kind of step took, over the items closed in the period")
    public record StepView(String kind, @Schema(description = "Items closed in the period") long count,
                           @Schema(description = "Of which closed after their due instant") long late,
                           @Schema(description = "Median of duration_seconds (mean of the two middle values for an even count), read from the duration histogram (daily and monthly rows): the representative value (geometric middle) of the bucket holding the middle value, within 5 % of the exact median; exact below 100 s") double medianSeconds,
                           @Schema(description = "90th percentile of duration_seconds at the nearest rank ceil(0.9 n), read from the duration histogram (daily and monthly rows): the representative value of the bucket holding that rank, within 5 % of the exact value; exact below 100 s") long p90Seconds) {

        static StepView of(StepTime s) {
            return new StepView(s.kind(), s.count(), s.late(), s.medianSeconds(), s.p90Seconds());
        }
    }

    @Schema(name = "BoardStepTimes", description = "Step times over a period of Beijing dates (both included)")
    public record Steps(String from, String to, List<StepView> steps) {
    }

    @Schema(name = "BoardTrendRow", description = "One week (from Monday) or month of a trend")
    public record TrendView(@Schema(description = "First day of the bucket (Beijing date)") String start,
                            @Schema(description = "Items opened in the bucket") long opened,
                            @Schema(description = "Items closed in the bucket") long closed,
                            @Schema(description = "Of the closed, those closed after their due instant") long closedLate) {

        static TrendView of(BoardStatistics.TrendRow r) {
            return new TrendView(r.start().toString(), r.opened(), r.closed(), r.closedLate());
        }
    }

    @Schema(name = "BoardTrends", description = "Items opened, closed and closed late per week or month of a period")
    public record Trends(String from, String to, @Schema(description = "WEEK or MONTH") String granularity,
                         @Schema(nullable = true) String kind, List<TrendView> buckets) {
    }
}
