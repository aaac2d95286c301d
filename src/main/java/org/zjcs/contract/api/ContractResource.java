package org.zjcs.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.contract.api.ContractDtos.ContractView;
import org.zjcs.contract.api.ContractDtos.ExtensionDto;
import org.zjcs.contract.api.ContractDtos.ExtensionRequest;
import org.zjcs.contract.api.ContractDtos.VersionDto;
import org.zjcs.contract.application.ContractFiling;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.application.ServiceExtensions;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.error.DomainException;

/**
 * A notice's contract over REST, for its two parties (the owner unit and the winning firm) logged in with a session:
 * their view, filing a version (multipart, the signed PDF) and asking to extend the service period. The rules are
 * the service's (docs/domain-rules.md, "Contract filing"); a notice the caller is not a party of looks absent (404).
 */
@Path("/notices/{id}/contract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contract filing and declining an award (firms and owners, session login)")
public class ContractResource {

    static final Set<String> NOT_FOUND = Set.of("notice.error.notFound");

    @Inject
    ContractQueries queries;

    @Inject
    ContractFiling filing;

    @Inject
    ServiceExtensions extensions;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's view of the contract: its party, the award, the due time, the versions with their "
            + "status, the extension requests and the effective service end")
    @APIResponse(responseCode = "200", description = "The view", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such public notice, or the caller is not one of its parties",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response view(@Parameter(description = "notice id") @PathParam("id") long id) {
        Optional<ContractQueries.View> v = queries.view(id).filter(x -> x.party() != null);
        return v.map(x -> Response.ok(ContractView.of(x)).build())
                .orElseGet(() -> ContractApi.error(headers, Response.Status.NOT_FOUND, "notice.error.notFound"));
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "File the signed contract (or a corrected version of a returned one): the other party confirms it")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            properties = {
                @SchemaProperty(name = "amount", type = SchemaType.STRING, description = "Contract amount in yuan, at most the award"),
                @SchemaProperty(name = "serviceContent", type = SchemaType.STRING, description = "The service content"),
                @SchemaProperty(name = "serviceStart", type = SchemaType.STRING, description = "ISO date, e.g. 2026-12-01"),
                @SchemaProperty(name = "serviceEnd", type = SchemaType.STRING, description = "ISO date, not before the start"),
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "The signed contract (PDF)")
            })))
    @APIResponse(responseCode = "201", description = "Filed; Location names the version",
            content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not awarded, a version pending, amount above the "
            + "award, bad dates, no file or not a PDF (nothing is stored)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such public notice, or the caller is not one of its parties", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(@Parameter(description = "notice id") @PathParam("id") long id,
                           @Parameter(hidden = true) @FormParam("amount") String amount,
                           @Parameter(hidden = true) @FormParam("serviceContent") String serviceContent,
                           @Parameter(hidden = true) @FormParam("serviceStart") String serviceStart,
                           @Parameter(hidden = true) @FormParam("serviceEnd") String serviceEnd,
                           @Parameter(hidden = true) @FormParam("file") EntityPart file) {
        return ContractApi.call(headers, NOT_FOUND, () -> {
            ContractVersion c = filing.submit(id, amount(amount), serviceContent, ContractApi.date(serviceStart),
                    ContractApi.date(serviceEnd), ContractApi.upload(file));
            return Response.created(uri.getBaseUriBuilder().path("contract-versions").path(String.valueOf(c.getId())).build())
                    .entity(VersionDto.of(c)).build();
        });
    }

    @POST
    @Path("extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The winning firm asks to extend the service period (while CONTRACTED or IN_SERVICE, one pending "
            + "request at a time); the owner unit answers")
    @APIResponse(responseCode = "201", description = "Requested; Location names the request",
            content = @Content(schema = @Schema(implementation = ExtensionDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not in service, one pending, no reason, "
            + "the end not after the current end (nothing is stored)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a firm account", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such public notice, or the caller is not one of its parties", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response requestExtension(@Parameter(description = "notice id") @PathParam("id") long id, ExtensionRequest request) {
        return ContractApi.call(headers, NOT_FOUND, () -> {
            ContractExtension e = extensions.request(id, ContractApi.date(request == null ? null : request.end()),
                    request == null ? null : request.reason());
            return Response.created(uri.getBaseUriBuilder().path("contract-extensions").path(String.valueOf(e.getId())).build())
                    .entity(ExtensionDto.of(e)).build();
        });
    }

    /**
     * An amount as the API takes it: ASCII digits with an optional sign and decimals (no exponent, no full-width or
     * other Unicode digits, which BigDecimal would silently read; issue 14, bad-input corpus).
     */
    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.trim().matches("[+-]?[0-9]{1,20}(\\.[0-9]{1,20})?")) {
            throw new DomainException("money.error.format");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new DomainException("money.error.format");
        }
    }
}
