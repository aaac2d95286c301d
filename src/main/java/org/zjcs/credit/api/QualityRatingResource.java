package org.zjcs.credit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.credit.api.EvaluationDtos.RatingDto;
import org.zjcs.credit.api.EvaluationDtos.RatingRequest;
import org.zjcs.credit.application.QualityRatingService;
import org.zjcs.credit.domain.QualityRating;
import org.zjcs.shared.api.ApiError;

/** Approval staff rate the quality of a notice's deliverable after their department passed it, over REST (session login). */
@Path("/notices/{id}/quality-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Owner evaluations, approval staff's quality ratings and the firms' appeals (session login)")
public class QualityRatingResource {

    @Inject
    QualityRatingService ratings;

    @POST
    @Operation(summary = "A staff member of a department that passed the notice's deliverable rates its quality, once per "
            + "check; records the credit event APPROVAL_QUALITY_<RATING>")
    @APIResponse(responseCode = "201", description = "Rated", content = @Content(schema = @Schema(implementation = RatingDto.class)))
    @APIResponse(responseCode = "400", description = "Refused (nothing stored): the caller's department has not passed "
            + "it, whether or not another has (rating.error.notExpected, also for an unknown notice), "
            + "rated already (twice), no rating (ratingRequired)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an approval staff account",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response rate(@Parameter(description = "notice id") @PathParam("id") long id, RatingRequest request) {
        RatingRequest r = request == null ? new RatingRequest(null, null) : request;
        return Response.status(Response.Status.CREATED)
                .entity(RatingDto.of(ratings.rate(id, QualityRating.parse(r.rating()), r.comment()))).build();
    }
}
