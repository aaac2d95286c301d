package org.zjcs.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.procurement.application.ApiKeyService;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.application.CaseForm;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.DepartmentApiKey;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * The approval systems of the departments push their approval cases here and read them back. The caller is not a
 * logged-in user: the department's API key in the header {@value #KEY_HEADER} says who it is (no key, an unknown or a
 * revoked key: 401). A case is the key's department's; another department's cases look absent (404).
 */
@Path("/approval-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approval cases", description = "Approval cases (shenpi banjian) pushed by the approval departments' systems")
@SecurityScheme(securitySchemeName = ApprovalCaseResource.SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = ApprovalCaseResource.KEY_HEADER,
        description = "The department's API key, issued by the operator (zjcs_…); shown once, kept only hashed")
@SecurityRequirement(name = ApprovalCaseResource.SCHEME)
public class ApprovalCaseResource {

    public static final String KEY_HEADER = "X-Api-Key";
    static final String SCHEME = "departmentApiKey";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApprovalCaseService cases;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** A case as the department's system sends it. */
    @Schema(name = "ApprovalCaseRequest", description = "A new approval case")
    public record CaseRequest(
            @Schema(required = true, description = "Approval case number: 6 to 64 letters, digits and hyphens, starting with a letter or digit",
                    example = "XC-SP-2026-000123") String caseNumber,
            @Schema(required = true, maxLength = 200, example = "Xingfu Road Primary School extension, Xincheng District") String projectName,
            @Schema(description = "Investment project code YYYY-AAAAAA-BB-CC-NNNNNN, only for investment projects",
                    example = "2026-610102-47-01-000123") String projectCode,
            @Schema(required = true, maxLength = 200, example = "Approval of the environmental impact assessment of a construction project") String approvalItem,
            @Schema(required = true, description = "The applicant's unified social credit code (18 characters)",
                    example = "91610102MA6U2K30XK") String ownerCreditCode) {
    }

    /** A case as the platform keeps it. */
    @Schema(name = "ApprovalCase", description = "An approval case on the platform")
    public record CaseView(String caseNumber, String projectName,
                           @Schema(nullable = true) String projectCode, String approvalItem, String ownerCreditCode,
                           long departmentId,
                           @Schema(enumeration = {"OWNER", "API"}) String source,
                           @Schema(description = "ISO-8601 instant (UTC)") String registeredAt) {

        static CaseView of(ApprovalCase c) {
            return new CaseView(c.getCaseNumber(), c.getProjectName(), c.getProjectCode(), c.getApprovalItem(),
                    c.getOwnerCreditCode(), c.getDepartmentId(), c.getSource().name(), c.getRegisteredAt().toString());
        }
    }

    @POST
    @Operation(summary = "Push an approval case of the key's department",
            description = "The applicant need not be on the platform yet: the case becomes its own as soon as an owner "
                    + "with that credit code registers. Errors are localized by the language cookie zjcs_lang, else Accept-Language (zh-CN default, en).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CaseRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Bad input (case number, project code, credit code, missing fields)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No API key, or an unknown or revoked one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The case number is already registered",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response push(
            @Parameter(hidden = true) @HeaderParam(KEY_HEADER) String apiKey, CaseRequest request) {
        Optional<DepartmentApiKey> key = apiKeys.validKey(apiKey);
        if (key.isEmpty()) {
            return unauthorized();
        }
        if (request == null) {
            return error(Response.Status.BAD_REQUEST, "api.error.body");
        }
        CaseForm form = new CaseForm(request.caseNumber(), request.projectName(), request.projectCode(), null,
                request.approvalItem(), request.ownerCreditCode());
        ApprovalCase c;
        try {
            c = cases.pushCase(key.get().getDepartmentId(), "api-key:" + key.get().getId(), form);
        } catch (DomainException e) {
            if ("case.error.numberTaken".equals(e.messageKey())) {
                return error(Response.Status.CONFLICT, e.messageKey(), e.args());
            }
            throw e;
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(c.getCaseNumber()).build())
                .entity(CaseView.of(c)).build();
    }

    @GET
    @Path("{caseNumber}")
    @Operation(summary = "Read back an approval case of the key's department")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "401", description = "No API key, or an unknown or revoked one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such case of this department (other departments' cases look absent)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(@Parameter(hidden = true) @HeaderParam(KEY_HEADER) String apiKey,
                        @Parameter(in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING))
                        @PathParam("caseNumber") String caseNumber) {
        Optional<Long> department = apiKeys.authenticate(apiKey);
        if (department.isEmpty()) {
            return unauthorized();
        }
        return cases.caseOfDepartment(department.get(), caseNumber)
                .map(c -> Response.ok(CaseView.of(c)).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "case.error.notFound"));
    }

    private Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + KEY_HEADER + "\"")
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("api.error.key", Messages.text(locale(), "api.error.key"))).build();
    }

    private Response error(Response.Status status, String key, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(key, Messages.text(locale(), key, args))).build();
    }

    /** The caller's language, as the error mapper decides it ({@link org.zjcs.shared.api.ApiLocale}). */
    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
