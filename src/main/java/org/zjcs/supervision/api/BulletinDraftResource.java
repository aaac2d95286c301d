package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.supervision.api.BulletinDto.DraftRequest;
import org.zjcs.supervision.api.BulletinDto.Page;
import org.zjcs.supervision.api.BulletinDto.WithdrawRequest;
import org.zjcs.supervision.application.BulletinDrafting;
import org.zjcs.supervision.application.BulletinDrafting.UnitRef;
import org.zjcs.supervision.application.BulletinQueries;

/**
 * A regulator's 通报 over REST (session login): its organisation's list, drafting, editing, publishing, withdrawing
 * (docs/domain-rules.md "通报"). Another organisation's 通报 looks absent (404).
 */
@Path("/supervision/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "The regulators' bulletins naming units that missed time limits: drafting and publishing (regulators, session login)")
public class BulletinDraftResource {

    @Inject
    BulletinDrafting drafting;

    @Inject
    BulletinQueries queries;

    @GET
    @Operation(summary = "The calling regulator organisation's bulletins, every state, newest first (keyset: after / before)")
    public Page mine(@QueryParam("after") String after, @QueryParam("before") String before) {
        return BulletinResource.page(queries.mine(after, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the calling regulator organisation's bulletins, drafts included (another's: 404)")
    public BulletinDto item(@PathParam("id") long id) {
        return BulletinDto.of(queries.own(id));
    }

    @POST
    @Operation(summary = "Drafts a 通报 for a month naming units that missed limits (their figures copied now)")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = BulletinDto.class)))
    @APIResponse(responseCode = "400", description = "Refused, nothing stored: rank.error.monthRequired, month, future; "
            + "rank.bulletin.error.titleRequired, titleTooLong, bodyRequired, bodyTooLong, unitsRequired, tooManyUnits, unit, "
            + "unitNotMissed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response draft(DraftRequest r) {
        DraftRequest d = r == null ? new DraftRequest(null, null, null, null) : r;
        return Response.status(Response.Status.CREATED)
                .entity(BulletinDto.of(drafting.draft(d.month(), d.title(), d.body(), refs(d.units())))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edits a draft of the caller's organisation (title, body; units when given)")
    @APIResponse(responseCode = "400", description = "rank.bulletin.error.notDraft and the draft's refusals",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulletinDto edit(@PathParam("id") long id, DraftRequest r) {
        DraftRequest d = r == null ? new DraftRequest(null, null, null, null) : r;
        return BulletinDto.of(drafting.edit(id, d.title(), d.body(), d.units() == null ? null : refs(d.units())));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publishes a draft of the caller's organisation: public from now on, never changed; the units named are told")
    @APIResponse(responseCode = "400", description = "rank.bulletin.error.notDraft",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulletinDto publish(@PathParam("id") long id) {
        return BulletinDto.of(drafting.publish(id));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraws a published 通报 of the caller's organisation, with a reason shown on its public page")
    @APIResponse(responseCode = "400", description = "rank.bulletin.error.notPublished, reasonRequired, reasonTooLong",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulletinDto withdraw(@PathParam("id") long id, WithdrawRequest r) {
        return BulletinDto.of(drafting.withdraw(id, r == null ? null : r.reason()));
    }

    private static List<UnitRef> refs(List<BulletinDto.UnitRequest> units) {
        return units == null ? List.of() : units.stream().map(u -> u == null ? null : new UnitRef(u.kind(), u.id())).toList();
    }
}
