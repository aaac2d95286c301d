package org.zjcs.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.zjcs.contract.api.ContractDtos.ExtensionDto;
import org.zjcs.contract.api.ContractDtos.ReasonRequest;
import org.zjcs.contract.application.ServiceExtensions;
import org.zjcs.shared.api.ApiError;

/** The owner unit answers a pending service-period extension request over REST. Session login, JSON only. */
@Path("/contract-extensions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contract filing and declining an award (firms and owners, session login)")
public class ContractExtensionResource {

    static final Set<String> NOT_FOUND = Set.of("extension.error.notFound", "notice.error.notFound");

    @Inject
    ServiceExtensions extensions;

    @Context
    HttpHeaders headers;

    @POST
    @Path("approve")
    @Operation(summary = "Approve the pending request: the service period now ends on its date")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = ExtensionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the notice's owner unit, not the pending request, not in service",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an owner account", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response approve(@Parameter(description = "extension request id") @PathParam("id") long id) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(ExtensionDto.of(extensions.approve(id))).build());
    }

    @POST
    @Path("refuse")
    @Operation(summary = "Refuse the pending request with a reason (required); the service end does not move")
    @APIResponse(responseCode = "200", description = "Refused", content = @Content(schema = @Schema(implementation = ExtensionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the notice's owner unit, not the pending request, no reason",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an owner account", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response refuse(@Parameter(description = "extension request id") @PathParam("id") long id, ReasonRequest request) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(ExtensionDto.of(
                extensions.refuse(id, request == null ? null : request.reason()))).build());
    }
}
