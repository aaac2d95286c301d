package org.zjcs.credit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.credit.api.EvaluationDtos.EvaluationDto;
import org.zjcs.credit.api.EvaluationDtos.EvaluationRequest;
import org.zjcs.credit.application.EvaluationService;
import org.zjcs.credit.application.QualityRatingService;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.shared.api.ApiError;

/**
 * The owner unit's evaluation (好差评) of the firm that served a notice, over REST (session login, JSON). The rules are
 * the service's (docs/domain-rules.md, "Evaluations and appeals"): the page shows the form only to whoever may use it,
 * everyone else is refused here with the rule's key and nothing is stored.
 */
@Path("/notices/{id}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Owner evaluations, approval staff's quality ratings and the firms' appeals (session login)")
public class NoticeEvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    QualityRatingService ratings;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The notice's evaluation, for its owner unit, its firm and regulators")
    @APIResponse(responseCode = "200", description = "The evaluation (given or still due)",
            content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "evaluation.error.notFound: none is expected for the notice (no "
            + "accepted deliverable, or no such notice), or the caller may not read it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EvaluationDto get(@Parameter(description = "notice id") @PathParam("id") long id) {
        return EvaluationDto.of(evaluations.readEvaluation(id), ratings.ratingsOf(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The notice's owner unit evaluates the firm, once, after accepting its deliverable; records the "
            + "credit event EVALUATION_<LEVEL>")
    @APIResponse(responseCode = "201", description = "Given; Location names the evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "400", description = "Refused (nothing stored): not expected yet (evaluation.error.notExpected: "
            + "the deliverable is not accepted, or no such notice), given already (twice), "
            + "an aspect missing or outside 1-5, no level, a comment too long",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an owner account", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response evaluate(@Parameter(description = "notice id") @PathParam("id") long id, EvaluationRequest request) {
        EvaluationRequest r = request == null ? new EvaluationRequest(null, null, null, null, null, null, null) : request;
        evaluations.evaluate(id, score(r.quality()), score(r.timeliness()), score(r.attitude()), score(r.fees()), score(r.conduct()),
                EvaluationLevel.parse(r.level()), r.comment());
        return Response.created(uri.getAbsolutePath())
                .entity(EvaluationDto.of(evaluations.readEvaluation(id), ratings.ratingsOf(id))).build();
    }

    /**
     * A score as a whole number, or null when missing: read as a decimal first, since JSON-B would silently cut 4.5
     * to 4 (issue 14, bad-input corpus); a fraction or a number beyond any score is refused as out of range.
     */
    private static Integer score(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().scale() > 0 ? fraction() : value.intValueExact();
        } catch (ArithmeticException e) {
            return fraction();
        }
    }

    private static Integer fraction() {
        throw new org.zjcs.shared.error.DomainException("evaluation.error.aspectRange",
                org.zjcs.credit.domain.Evaluation.MIN_SCORE, org.zjcs.credit.domain.Evaluation.MAX_SCORE);
    }
}
