package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.supervision.application.Rankings;

/** The monthly rankings over REST, for regulators and operators (session login). */
@Path("/supervision/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "The regulators' supervision figures (电子监察)")
public class RankingResource {

    @Inject
    Rankings rankings;

    @GET
    @Operation(summary = "A month's rankings of approval departments, owner units and firms on timeliness and satisfaction")
    @APIResponse(responseCode = "200", description = "The rankings",
            content = @Content(schema = @Schema(implementation = RankingDto.class)))
    @APIResponse(responseCode = "400", description = "rank.error.monthRequired, month (not YYYY-MM), future",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RankingDto month(@QueryParam("month") String month) {
        return RankingDto.of(rankings.month(month));
    }
}
