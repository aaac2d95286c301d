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
import org.zjcs.credit.api.EvaluationDtos.AppealDto;
import org.zjcs.credit.api.EvaluationDtos.AppealRequest;
import org.zjcs.credit.application.AppealService;
import org.zjcs.shared.api.ApiError;

/** The evaluated firm appeals an owner evaluation over REST (session login); a regulator decides it on its page. */
@Path("/evaluations/{id}/appeal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Owner evaluations, approval staff's quality ratings and the firms' appeals (session login)")
public class AppealResource {

    @Inject
    AppealService appeals;

    @POST
    @Operation(summary = "The evaluated firm appeals the evaluation with reasons, once, within the appeal time limit; "
            + "the evaluation stands until a regulator decides")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = AppealDto.class)))
    @APIResponse(responseCode = "400", description = "Refused (nothing stored): not given "
            + "yet, appealed already, too late (appeal.error.late), no reasons", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a firm account", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "evaluation.error.notFound: no such evaluation, or another firm's",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response appeal(@Parameter(description = "evaluation id") @PathParam("id") long id, AppealRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(AppealDto.of(appeals.appeal(id, request == null ? null : request.reasons()))).build();
    }
}
