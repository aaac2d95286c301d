package org.zjcs.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.catalog.application.AuthorityAdmin;
import org.zjcs.catalog.application.AuthorityForm;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.application.OrganisationAdmin;
import org.zjcs.security.domain.Organisation;

/**
 * The operator's administration of approval departments and regulators (session login, role OPERATOR), the same
 * actions as operator/organisations.xhtml: create, change, deactivate/reactivate, invite the first (unit admin)
 * account. JSON only, so a cross-site form cannot post it.
 */
@Path("/operator/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Approval departments and regulators, administered by the operator")
public class OrganisationResource {

    @Inject
    AuthorityAdmin authorities;

    @Inject
    OrganisationAdmin organisations;

    /** kind DEPARTMENT or REGULATOR; approvalItems for a department, serviceItems (catalogue codes) for a regulator. */
    public record OrganisationRequest(String kind, String name, String creditCode, String regionCode,
                                      List<String> approvalItems, List<String> serviceItems, Long version) {
    }

    public record OrganisationCreated(long id) {
    }

    public record StatusRequest(Boolean active) {
    }

    public record StatusView(long id, String status) {
    }

    public record InvitationRequest(String displayName) {
    }

    public record InvitationIssued(long id, String code, int validDays) {
    }

    @POST
    @Operation(summary = "Create an approval department or a regulator (operator only)")
    public Response create(OrganisationRequest request) {
        Organisation org = authorities.create(form(request));
        return Response.status(Response.Status.CREATED).entity(new OrganisationCreated(org.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a department or regulator (operator only); version: as last read, else refused as stale")
    public Response change(@PathParam("id") long id, OrganisationRequest request) {
        authorities.change(id, request == null ? null : request.version(), form(request));
        return Response.ok(new OrganisationCreated(id)).build();
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Deactivate ({\"active\":false}) or reactivate ({\"active\":true}) a department or regulator")
    public Response status(@PathParam("id") long id, StatusRequest request) {
        organisations.setActive(id, request == null ? null : request.active());
        return Response.ok(new StatusView(id, organisations.authority(id).getStatus().name())).build();
    }

    @POST
    @Path("{id}/admin-invitation")
    @Operation(summary = "Invite the first account (unit admin) of a department or regulator; the code is returned this once")
    public Response inviteAdmin(@PathParam("id") long id, InvitationRequest request) {
        MembershipService.Issued issued = organisations.inviteFirstAdmin(id, request == null ? null : request.displayName());
        return Response.status(Response.Status.CREATED)
                .entity(new InvitationIssued(issued.invitationId(), issued.code(), issued.validDays())).build();
    }

    private static AuthorityForm form(OrganisationRequest r) {
        if (r == null) {
            return new AuthorityForm(null, null, null, null, null, List.of());
        }
        String lines = r.approvalItems() == null ? null
                : String.join("\n", r.approvalItems().stream().map(s -> s == null ? "" : s).toList());
        return new AuthorityForm(r.kind(), r.name(), r.creditCode(), r.regionCode(), lines, r.serviceItems());
    }
}
