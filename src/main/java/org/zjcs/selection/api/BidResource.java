package org.zjcs.selection.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.selection.application.BidService;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.application.EnrolmentService.Standing;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.shared.api.ApiError;

/**
 * Enrolment and sealed bids over REST, for a firm logged in with a session (POST /login.xhtml form, or the site).
 * Before the deadline the only public figure is the count. JSON only, so a cross-site form cannot post it.
 */
@Path("/notices/{id}/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bids", description = "Enrolment and sealed bids on a published notice (firms, session login)")
public class BidResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    BidService bids;

    @Inject
    Guard guard;

    @Schema(description = "A price in yuan with at most two decimals, within the notice's floor and ceiling; "
            + "omitted or null for random draw and direct pick")
    public record BidRequest(BigDecimal price) {
    }

    @Schema(description = "The receipt of one submission; keep the hash to check it in the published proof")
    public record ReceiptDto(long notice, String kind, String submittedAt, String receiptHash) {

        static ReceiptDto of(Receipt r) {
            return new ReceiptDto(r.noticeId(), r.kind() == null ? null : r.kind().name(),
                    r.submittedAt().toString(), r.hash());
        }
    }

    @Schema(description = "The public count, and for a logged-in firm its own enrolment")
    public record BidsView(long activeEnrolments, String myStatus, BigDecimal myPrice, ReceiptDto myReceipt,
                           List<String> ineligibleBecause) {
    }

    @GET
    @Operation(summary = "The number of active enrolments; for a logged-in firm also its own status, price and receipt")
    @APIResponse(responseCode = "200", description = "Count (and the caller's own enrolment)",
            content = @Content(schema = @Schema(implementation = BidsView.class)))
    public BidsView view(@Parameter(description = "notice id") @PathParam("id") long id) {
        long count = enrolments.enrolmentCount(id);
        if (!guard.hasRole(Role.FIRM)) {
            return new BidsView(count, null, null, null, List.of());
        }
        Standing s = enrolments.myStanding(id);
        return new BidsView(count, s.status() == null ? null : s.status().name(), s.price(),
                s.receipt() == null ? null : ReceiptDto.of(s.receipt()),
                s.failures().stream().map(f -> f.messageKey()).toList());
    }

    @POST
    @Operation(summary = "Enrol (again, after a withdrawal) with a price for the price methods; returns the receipt")
    @APIResponse(responseCode = "201", description = "Enrolled", content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not eligible (the rule is named), closed, price out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Not taken now (busy) or not stored: nothing was stored, try again",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response enrol(@PathParam("id") long id, BidRequest request) {
        Receipt r = bids.enrol(id, request == null ? null : request.price());
        return Response.status(Response.Status.CREATED).entity(ReceiptDto.of(r)).build();
    }

    @PUT
    @Operation(summary = "Revise the price (price methods); the last price before the deadline counts")
    @APIResponse(responseCode = "200", description = "Revised", content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "Refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Not taken now (busy) or not stored: nothing was stored, try again",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReceiptDto revise(@PathParam("id") long id, BidRequest request) {
        return ReceiptDto.of(bids.revise(id, request == null ? null : request.price()));
    }

    @DELETE
    @Operation(summary = "Withdraw the enrolment; the firm may enrol again before the deadline")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "Refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Not taken now (busy) or not stored: nothing was stored, try again",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReceiptDto withdraw(@PathParam("id") long id) {
        return ReceiptDto.of(bids.withdraw(id));
    }
}
