package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.api.EvaluationStatsDto.FollowUpRequest;
import org.zjcs.supervision.api.EvaluationStatsDto.Group;
import org.zjcs.supervision.api.EvaluationStatsDto.LedgerPage;
import org.zjcs.supervision.api.EvaluationStatsDto.Line;
import org.zjcs.supervision.application.EvaluationLedger;
import org.zjcs.supervision.application.EvaluationStatistics;
import org.zjcs.supervision.application.LedgerLine;
import org.zjcs.supervision.domain.LedgerState;
import org.zjcs.supervision.domain.StatsDimension;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * The 好差评 statistics and the 差评 ledger for regulators, operators and the provincial platform
 * (docs/supervision.md, "好差评 statistics and the 差评 ledger").
 */
@Path("/supervision/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision: evaluations", description = "好差评 statistics and the 差评 ledger (regulators and operators)")
public class EvaluationStatsResource {

    @Inject
    EvaluationStatistics statistics;

    @Inject
    EvaluationLedger ledger;

    @GET
    @Operation(summary = "The 好差评 figures of a period grouped by firm, service item, owner unit or approval department")
    @APIResponse(responseCode = "200", description = "The figures, groups with the most evaluations first (at most 200)",
            content = @Content(schema = @Schema(implementation = EvaluationStatsDto.class)))
    @APIResponse(responseCode = "400", description = "evalstat.error.dimension, periodRequired, periodDate, periodReversed, "
            + "periodTooLong", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "security.error.forbidden: not a regulator or an operator",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EvaluationStatsDto figures(
            @Parameter(description = "FIRM (default), SERVICE_ITEM, OWNER or DEPARTMENT") @QueryParam("dimension") String dimension,
            @Parameter(description = "First day of the period (ISO date, Beijing time), required") @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, included (at most supervision.stats.max-period-days days)")
            @QueryParam("to") String to) {
        StatsDimension d = StatsDimension.parse(dimension);
        StatsPeriod p = statistics.period(from, to);
        List<Group> groups = statistics.figuresForSupervisors(d, p).stream().map(Group::of).toList();
        return new EvaluationStatsDto(d.name(), p.from().toString(), p.to().toString(), groups);
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "The 差评 ledger: every bad evaluation of the period with its appeal, follow-up and state, newest first")
    @APIResponse(responseCode = "200", description = "One page (20 lines; keyset: after / before)",
            content = @Content(schema = @Schema(implementation = LedgerPage.class)))
    @APIResponse(responseCode = "400", description = "evalstat.error.periodRequired, periodDate, periodReversed, periodTooLong, state",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public LedgerPage ledger(@QueryParam("from") String from, @QueryParam("to") String to,
                             @Parameter(description = "Only this firm's lines (organisation id)") @QueryParam("firm") Long firm,
                             @Parameter(description = "Only notices of this service item") @QueryParam("serviceItem") Long item,
                             @Parameter(description = "APPEALABLE, APPEALING, REVOKED, TO_RECTIFY or RECTIFIED") @QueryParam("state") String state,
                             @QueryParam("after") String after, @QueryParam("before") String before) {
        EvaluationLedger.Filter f = new EvaluationLedger.Filter(statistics.period(from, to), firm, item, LedgerState.parse(state));
        KeysetPage<LedgerLine> p = ledger.pageForSupervisors(f, after, before);
        List<LedgerLine> rows = p.rows();
        return new LedgerPage(rows.stream().map(Line::of).toList(),
                p.hasNext() && !rows.isEmpty() ? EvaluationLedger.token(rows.get(rows.size() - 1)) : null,
                p.hasPrevious() && !rows.isEmpty() ? EvaluationLedger.token(rows.get(0)) : null);
    }

    @POST
    @Path("/ledger/{id}/follow-up")
    @Operation(summary = "A regulator records the follow-up (整改情况) of a bad evaluation that stands, once, with a note")
    @APIResponse(responseCode = "200", description = "The line, now RECTIFIED",
            content = @Content(schema = @Schema(implementation = Line.class)))
    @APIResponse(responseCode = "400", description = "evalstat.error.noteRequired, noteLength, followUpNotAllowed (under "
            + "appeal, revised, or followed up already)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "evalstat.error.notFound: no evaluation with a bad level of that id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Line followUp(@PathParam("id") long id, FollowUpRequest r) {
        return Line.of(ledger.recordFollowUp(id, r == null ? null : r.note()));
    }
}
