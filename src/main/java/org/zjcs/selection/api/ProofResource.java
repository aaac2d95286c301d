package org.zjcs.selection.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.SelectionResult;

/** The published proof of a selection (docs/draw.md), for anyone to re-run, e.g. with the command-line verifier. */
@Path("/notices/{id}/proof")
@Tag(name = "Selection", description = "Published selection results and their proofs")
public class ProofResource {

    @Inject
    SelectionService selection;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The proof of a selection round (the latest when no round is given), as canonical JSON")
    @APIResponse(responseCode = "200", description = "The proof; save it and run the verifier on it")
    @APIResponse(responseCode = "404", description = "No selection (yet) for this notice and round")
    public Response proof(@PathParam("id") long id, @QueryParam("round") Integer round) {
        SelectionResult r = selection.results(id).stream().filter(x -> round == null || x.getRound() == round)
                .reduce((a, b) -> b).orElseThrow(NotFoundException::new);
        return Response.ok(r.getProof()).header("Content-Disposition",
                "attachment; filename=\"zjcs-proof-" + id + "-" + r.getRound() + ".json\"").build();
    }
}
