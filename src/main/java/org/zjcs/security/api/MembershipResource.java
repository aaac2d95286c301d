package org.zjcs.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.security.application.MembershipService;

/**
 * Member invitations for the logged-in unit admin (session login), e.g. for a unit's own staff directory tooling.
 * JSON only, so a cross-site form cannot post it.
 */
@Path("/account/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "An organisation's member accounts, managed by its unit admin")
public class MembershipResource {

    @Inject
    MembershipService membership;

    public record InvitationRequest(String displayName) {
    }

    public record InvitationIssued(long id, String code) {
    }

    @POST
    @Operation(summary = "Invite a member to the caller's organisation (unit admin only); the code is returned this once")
    public Response invite(InvitationRequest request) {
        MembershipService.Issued issued = membership.invite(request == null ? null : request.displayName());
        return Response.status(Response.Status.CREATED).entity(new InvitationIssued(issued.invitationId(), issued.code())).build();
    }
}
