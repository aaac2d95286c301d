package org.zjcs.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.contract.application.AwardDeclining;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.api.ApiError;

/**
 * The awarded firm declines the award (放弃中选) over REST, as on account/contract.xhtml: JSON only, session login.
 * The rules are the service's (docs/domain-rules.md, "Declining an award").
 */
@Path("/notices/{id}/award/decline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contract filing and declining an award (firms and owners, session login)")
public class AwardDeclineResource {

    @Inject
    AwardDeclining declining;

    @Schema(description = "Why the firm declines; required, at most 500 characters")
    public record DeclineRequest(String reason) {
    }

    @Schema(description = "The notice's status after the decline: DECLINED (the owner may take the runner-up) or FAILED")
    public record DeclineResult(long notice, String status) {
    }

    @POST
    @Operation(summary = "Decline the award before the contract is filed (a credit event); open contract versions are withdrawn")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(implementation = DeclineResult.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the awarded firm, no reason, contract already filed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DeclineResult decline(@Parameter(description = "notice id") @PathParam("id") long id, DeclineRequest request) {
        NoticeStatus s = declining.declineAward(id, request == null ? null : request.reason());
        return new DeclineResult(id, s.name());
    }
}
