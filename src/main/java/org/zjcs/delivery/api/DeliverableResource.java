package org.zjcs.delivery.api;

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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.contract.api.ContractApi;
import org.zjcs.delivery.application.DeliverableAcceptance;
import org.zjcs.delivery.application.DeliveryQueries;
import org.zjcs.delivery.application.DepartmentChecks;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableCheck;
import org.zjcs.shared.api.ApiError;

/**
 * A deliverable version over REST: the owner unit accepts or returns the latest version, and the staff of a
 * department linked to the notice's approval cases check the accepted one. Session login, JSON only; the rules are
 * the services' (docs/domain-rules.md, "Deliverables").
 */
@Path("/deliverables/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables", description = "Acceptance and department checks of deliverables (session login)")
public class DeliverableResource {

    static final Set<String> NOT_FOUND = Set.of("deliverable.error.unknown", "notice.error.notFound");

    @Inject
    DeliveryQueries queries;

    @Inject
    DeliverableAcceptance acceptance;

    @Inject
    DepartmentChecks checks;

    @Context
    HttpHeaders headers;

    @Schema(description = "Why the version is returned; required")
    public record ReasonRequest(String reason) {
    }

    @Schema(description = "A department's check: pass, or return with a reason (required then)")
    public record CheckRequest(boolean pass, String reason) {
    }

    @Schema(description = "One department's check of a version")
    public record CheckDto(long department, @Schema(description = "PASSED or RETURNED") String result, String reason,
                           String checkedAt) {
    }

    @Schema(description = "A deliverable version")
    public record DeliverableDto(long id, long notice, int revision,
                                 @Schema(description = "SUBMITTED, ACCEPTED, RETURNED_BY_OWNER, PASSED or RETURNED_BY_APPROVER")
                                 String status, String submittedAt, boolean late, String answeredAt, String returnReason,
                                 List<CheckDto> checks) {

        public static DeliverableDto of(Deliverable d) {
            return new DeliverableDto(d.getId(), d.getNoticeId(), d.getRevision(), d.getStatus().name(),
                    ContractApi.text(d.getSubmittedAt()), d.isLate(), ContractApi.text(d.getAnsweredAt()), d.getReturnReason(),
                    d.getChecks().stream().map(DeliverableResource::check).toList());
        }
    }

    private static CheckDto check(DeliverableCheck c) {
        return new CheckDto(c.getDepartmentId(), c.getResult(), c.getReason(), ContractApi.text(c.getCheckedAt()));
    }

    @GET
    @Operation(summary = "A deliverable version, for the winning firm, the owner unit and the linked departments' staff")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or the caller may not see it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(@Parameter(description = "deliverable version id") @PathParam("id") long id) {
        return queries.versionFor(id).map(d -> Response.ok(DeliverableDto.of(d)).build())
                .orElseGet(() -> ContractApi.error(headers, Response.Status.NOT_FOUND, "deliverable.error.unknown"));
    }

    @POST
    @Path("accept")
    @Operation(summary = "The owner unit accepts the latest version: the notice is DELIVERED and the departments check it")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the latest "
            + "version, not awaiting acceptance", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or not the caller's (another owner unit, an unlinked department)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response accept(@Parameter(description = "deliverable version id") @PathParam("id") long id) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(DeliverableDto.of(acceptance.accept(id))).build());
    }

    @POST
    @Path("return")
    @Operation(summary = "The owner unit returns the latest version with a reason; the firm uploads a new one")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the latest version, not awaiting "
            + "acceptance, no reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or not the caller's (another owner unit, an unlinked department)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response returnIt(@Parameter(description = "deliverable version id") @PathParam("id") long id, ReasonRequest request) {
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(DeliverableDto.of(
                acceptance.returnVersion(id, request == null ? null : request.reason()))).build());
    }

    @POST
    @Path("checks")
    @Operation(summary = "A linked department's staff check the accepted version: pass it (the notice is COMPLETED once every "
            + "department passed), or return it with a reason")
    @APIResponse(responseCode = "200", description = "Checked", content = @Content(schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not the latest "
            + "version, not accepted yet, checked already, no reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an approval staff account",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version, or not the caller's (another owner unit, an unlinked department)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response check(@Parameter(description = "deliverable version id") @PathParam("id") long id, CheckRequest request) {
        boolean pass = request != null && request.pass();
        String reason = request == null ? null : request.reason();
        return ContractApi.call(headers, NOT_FOUND, () -> Response.ok(DeliverableDto.of(
                pass ? checks.pass(id) : checks.returnCheck(id, reason))).build());
    }
}
