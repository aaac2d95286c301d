package org.zjcs.selection.api;

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
import org.zjcs.selection.application.DirectPicks;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.error.DomainException;

/**
 * The direct pick over REST, for the owner of a closed direct-pick notice logged in with a session: the same rules as
 * the owner's selection page (only an enrolled firm that passes today's re-check, only once). JSON only, so a
 * cross-site form cannot post it.
 */
@Path("/notices/{id}/direct-pick")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Selection", description = "Published selection results and their proofs")
public class DirectPickResource {

    @Inject
    DirectPicks picks;

    @Schema(description = "The organisation id of the enrolled firm to pick")
    public record DirectPickRequest(Long firmId) {
    }

    @Schema(description = "The selection result: its round, status (SELECTED), the winner and the hash of the published proof")
    public record DirectPickResult(int round, String status, Long winnerFirmId, String proofHash) {

        static DirectPickResult of(SelectionResult r) {
            return new DirectPickResult(r.getRound(), r.getStatus().name(), r.getWinnerFirmId(), r.getProofHash());
        }
    }

    @POST
    @Operation(summary = "Pick the winner of a closed direct-pick notice (its owner); the result is announced at once")
    @APIResponse(responseCode = "200", description = "Picked and announced",
            content = @Content(schema = @Schema(implementation = DirectPickResult.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the caller's notice, not a direct pick, not closed (or "
            + "already picked), the firm did not enrol or fails today's re-check",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DirectPickResult pick(@Parameter(description = "notice id") @PathParam("id") long id, DirectPickRequest request) {
        if (request == null || request.firmId() == null) {
            throw new DomainException("selection.error.directPickFirmRequired");
        }
        return DirectPickResult.of(picks.directPick(id, request.firmId()));
    }
}
