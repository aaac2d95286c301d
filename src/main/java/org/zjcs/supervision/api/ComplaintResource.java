package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.api.ComplaintDto.AnswerRequest;
import org.zjcs.supervision.api.ComplaintDto.ComplaintRequest;
import org.zjcs.supervision.api.ComplaintDto.Page;
import org.zjcs.supervision.api.ComplaintDto.ReportRequest;
import org.zjcs.supervision.application.ComplaintAnswers;
import org.zjcs.supervision.application.ComplaintFiling;
import org.zjcs.supervision.application.ComplaintQueries;
import org.zjcs.supervision.domain.Complaint;

/**
 * Complaints (投诉) and reports (举报) over REST (session login; evidence files only on the pages): filing, the
 * reporter's own list and withdrawal, the regulators' queue, taking up and answering (docs/domain-rules.md).
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaints and reports to the regulators, and their answers (session login)")
public class ComplaintResource {

    @Inject
    ComplaintFiling filing;

    @Inject
    ComplaintAnswers answers;

    @Inject
    ComplaintQueries queries;

    @POST
    @Operation(summary = "A firm complains about the owner's rejection of its objection, within the complaint period, once")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = ComplaintDto.class)))
    @APIResponse(responseCode = "400", description = "Refused, nothing stored: complaint.error.notEnrolled, noObjection, "
            + "notRejected, duplicate, period, textRequired", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "complaint.error.notFound: no such objection",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response complain(ComplaintRequest r) {
        Complaint c = filing.complain(r == null ? null : r.objectionId(), r == null ? null : r.text(), List.of());
        return Response.status(Response.Status.CREATED).entity(ComplaintDto.of(c, queries.now())).build();
    }

    @POST
    @Path("/reports")
    @Operation(summary = "Anyone logged in reports misconduct against a notice, a firm, an owner unit or a department")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = ComplaintDto.class)))
    @APIResponse(responseCode = "400", description = "Refused, nothing stored: report.error.targetRequired, noTarget, "
            + "topic, textRequired", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response report(ReportRequest r) {
        Complaint c = r == null ? filing.report(null, null, null, null, List.of())
                : filing.report(r.targetKind(), r.targetId(), r.topic(), r.text(), List.of());
        return Response.status(Response.Status.CREATED).entity(ComplaintDto.of(c, queries.now())).build();
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller organisation's own complaints and reports, newest first (keyset: after / before)")
    public Page mine(@QueryParam("after") String after, @QueryParam("before") String before) {
        return page(queries.mine(after, before));
    }

    @GET
    @Path("/queue")
    @Operation(summary = "A regulator's queue: the items routed to its organisation (open only unless open=false)")
    public Page queue(@QueryParam("open") @DefaultValue("true") boolean open, @QueryParam("after") String after,
                      @QueryParam("before") String before) {
        return page(queries.queue(open, after, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item: to its reporter organisation and the regulators it was routed to (else 404)")
    public ComplaintDto item(@PathParam("id") long id) {
        return ComplaintDto.of(queries.item(id), queries.now());
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "The reporter withdraws its open item")
    public ComplaintDto withdraw(@PathParam("id") long id) {
        return ComplaintDto.of(filing.withdraw(id), queries.now());
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "A regulator it was routed to takes the item up")
    public ComplaintDto review(@PathParam("id") long id) {
        return ComplaintDto.of(answers.review(id), queries.now());
    }

    @POST
    @Path("/{id}/answer")
    @Operation(summary = "A regulator answers an item under review with a finding (and optionally the credit event)")
    @APIResponse(responseCode = "400", description = "complaint.error.findingRequired, answerRequired, notUnderReview, "
            + "consequenceNotAllowed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ComplaintDto answer(@PathParam("id") long id, AnswerRequest r) {
        Complaint c = r == null ? answers.answer(id, null, null, null) : answers.answer(id, r.finding(), r.text(), r.consequence());
        return ComplaintDto.of(c, queries.now());
    }

    private Page page(KeysetPage<Complaint> p) {
        Instant now = queries.now();
        return new Page(p.rows().stream().map(c -> ComplaintDto.of(c, now)).toList(),
                p.nextToken(ComplaintQueries::token), p.previousToken(ComplaintQueries::token));
    }
}
