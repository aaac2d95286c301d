package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.application.BoardAccess;
import org.zjcs.supervision.application.BoardQueries;
import org.zjcs.supervision.application.BoardStatistics;
import org.zjcs.supervision.domain.BoardDimension;
import org.zjcs.supervision.domain.BoardFilter;
import org.zjcs.supervision.domain.BoardPeriod;
import org.zjcs.supervision.domain.Granularity;

/**
 * The supervision board's figures as JSON for the provincial platform (docs/supervision.md, "REST for the provincial
 * platform"): regulators (everything) and the operator (the platform's own items), logged in; anyone else 403, nobody
 * logged in 401. Bad parameters: 400 with the board.error.* key.
 */
@Path("/supervision/board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision board", description = "Time-limit supervision: open, overdue and due-soon items, step times and trends")
@APIResponse(responseCode = "400", description = "board.error.dimension, kind, party, state, value, date, granularity, "
        + "periodReversed, periodTooLong", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Neither a regulator nor the operator",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class BoardResource {

    @Inject
    BoardQueries queries;

    @Inject
    BoardStatistics statistics;

    @Inject
    BoardAccess access;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/counts")
    @Operation(summary = "Open, overdue and due-soon items by a dimension",
            description = "Dimensions: PARTY_TYPE, DEPARTMENT, OWNER, FIRM, SERVICE_ITEM, REGION. Names in the caller's language.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = BoardDto.Counts.class)))
    public BoardDto.Counts counts(@Parameter(description = "Dimension, default DEPARTMENT") @QueryParam("dimension") String dimension,
                                  @Parameter(description = "Only this kind of step") @QueryParam("kind") String kind,
                                  @Parameter(description = "Only this party type") @QueryParam("party") String party) {
        BoardDimension d = BoardDimension.parse(dimension, BoardDimension.DEPARTMENT);
        BoardFilter f = BoardFilter.of(kind, party, null, null, null);
        List<BoardDto.CountView> rows = queries.countsForApi(d, f, english()).stream().map(BoardDto.CountView::of).toList();
        return new BoardDto.Counts(d.name(), access.scope(false).kind().name(), access.now().toString(), rows);
    }

    @GET
    @Path("/items")
    @Operation(summary = "Open items, most overdue first, keyset-paged (20 a page)",
            description = "Narrow by kind, party type, one dimension's value (dimension + value) and state (OPEN, OVERDUE, DUE_SOON).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = BoardDto.Items.class)))
    public BoardDto.Items items(@QueryParam("kind") String kind, @QueryParam("party") String party,
                                @QueryParam("dimension") String dimension, @QueryParam("value") String value,
                                @Parameter(description = "OPEN (default), OVERDUE or DUE_SOON") @QueryParam("state") String state,
                                @Parameter(description = "Cursor: the page after this one") @QueryParam("after") String after,
                                @Parameter(description = "Cursor: the page before this one") @QueryParam("before") String before) {
        BoardFilter f = BoardFilter.of(kind, party, dimension, value, state);
        KeysetPage<BoardQueries.ItemRow> page = queries.itemsForApi(f, after, before, english());
        List<BoardQueries.ItemRow> rows = page.rows();
        String next = page.hasNext() && !rows.isEmpty() ? BoardQueries.token(rows.get(rows.size() - 1)) : null;
        String previous = page.hasPrevious() && !rows.isEmpty() ? BoardQueries.token(rows.get(0)) : null;
        return new BoardDto.Items(rows.stream().map(BoardDto.ItemView::of).toList(), next, previous);
    }

    @GET
    @Path("/step-times")
    @Operation(summary = "Median and P90 time of each kind of step over the items closed in a period",
            description = "from/to: Beijing dates (yyyy-MM-dd), both included; default the last 90 days; at most "
                    + "supervision.board.max-period-days days.")
    @APIResponse(responseCode = "200", description = "The step times", content = @Content(schema = @Schema(implementation = BoardDto.Steps.class)))
    public BoardDto.Steps stepTimes(@QueryParam("from") String from, @QueryParam("to") String to) {
        access.scope(false);
        BoardPeriod p = access.period(from, to);
        return new BoardDto.Steps(p.from().toString(), p.to().toString(),
                statistics.stepTimes(p, true).stream().map(BoardDto.StepView::of).toList());
    }

    @GET
    @Path("/trends")
    @Operation(summary = "Items opened, closed and closed late per week or month of a period",
            description = "granularity WEEK (weeks from Monday) or MONTH (default); optionally one kind or party type.")
    @APIResponse(responseCode = "200", description = "The trend", content = @Content(schema = @Schema(implementation = BoardDto.Trends.class)))
    public BoardDto.Trends trends(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("granularity") String granularity, @QueryParam("kind") String kind,
                                  @QueryParam("party") String party) {
        access.scope(false);
        BoardPeriod p = access.period(from, to);
        Granularity g = Granularity.parse(granularity);
        BoardFilter f = BoardFilter.of(kind, party, null, null, null);
        return new BoardDto.Trends(p.from().toString(), p.to().toString(), g.name(), f.kind(),
                statistics.trends(p, g, f, true).stream().map(BoardDto.TrendView::of).toList());
    }

    private boolean english() {
        return ApiLocale.of(headers).getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
