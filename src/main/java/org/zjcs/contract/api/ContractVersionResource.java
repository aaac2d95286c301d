package org.zjcs.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.contract.api.ContractDtos.ReasonRequest;
import org.zjcs.contract.api.ContractDtos.VersionDto;
import org.zjcs.contract.application.ContractAnswers;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.shared.api.ApiError;

/**
 * One filed contract version over REST: read it, and the other party (never the uploader) confirms it — the notice
 * becomes CONTRACTED — or returns it with a reason. Session login, JSON only.
 */
@Path("/contract-versions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contract filing and declining an award (firms and owners, session login)")
public class ContractVersionResource {

    static final Set<String> NOT_FOUND = Set.of("contract.error.notFound", "notice.error.notFound");

    @Inject
    ContractQueries queries;

    @Inject
    ContractAnswers answers;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A contract version, for one of the notice's two parties")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or the caller is not a party",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(@Parameter(description = "contract version id") @PathParam("id") long id) {
        return queries.versionFor(id).map(c -> Response.ok(VersionDto.of(c)).build())
                .orElseGet(() -> ContractApi.error(headers, Response.Status.NOT_FOUND, "contract.error.notFound"));
    }

    @POST
    @Path("confirm")
    @Operation(summary = "The other party confirms the submitted version: the filing is complete (late if past the due time)")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: the caller's own upload, not awaiting confirmation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or the caller is not a party", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response confirm(@Parameter(description = "contract version id") @PathParam("id") long id) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(VersionDto.of(answers.confirm(id))).build());
    }

    @POST
    @Path("return")
    @Operation(summary = "The other party returns the submitted version with a reason; the uploader may file a corrected one")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: the caller's own upload, not awaiting "
            + "confirmation, no reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or the caller is not a party", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response returnIt(@Parameter(description = "contract version id") @PathParam("id") long id, ReasonRequest request) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(VersionDto.of(
                answers.returnContract(id, request == null ? null : request.reason()))).build());
    }
}
