package org.zjcs.shared.export.api;

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
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.export.ExportJob;
import org.zjcs.shared.export.ExportService;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.storage.DownloadHeaders;

/**
 * Excel exports over REST (session login): queue an export of a list with its filters, follow its progress, download
 * the file (only the requester; 404 for anyone else). docs/supervision.md, "Exports".
 */
@Path("/exports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Background Excel exports of the lists (session login)")
public class ExportResource {

    @Inject
    ExportService exports;

    @Context
    HttpHeaders headers;

    /** A request: the kind (FIRMS, NOTICES, RESULTS, CREDIT_LIST, AUDIT_LOG…) and the list's filters. */
    public record ExportRequest(String kind, Map<String, String> parameters) {
    }

    /** A job as the requester sees it; {@code message} is the reason of FAILED / TOO_LARGE in the caller's language. */
    public record JobDto(long id, String kind, String state, Long rowsExpected, long rowsDone, int percent,
                         String messageKey, String message, Instant createdAt, Instant finishedAt, Instant expiresAt,
                         String file) {
    }

    @POST
    @Operation(summary = "Queue an export of a list with its filters; it runs in the background")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = JobDto.class)))
    @APIResponse(responseCode = "400", description = "export.error.kind, export.error.parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The caller may not export this list",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response request(ExportRequest r) {
        ExportJob j = exports.request(r == null ? null : r.kind(), r == null ? null : r.parameters(), ApiLocale.of(headers));
        return Response.accepted(dto(j)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The caller's export job: state and progress (404 for another user's)")
    public JobDto job(@PathParam("id") long id) {
        return dto(exports.mine(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The finished .xlsx, to its requester only (404 for anyone else; 400 export.error.notReady / expired)")
    public Response file(@PathParam("id") long id) {
        ExportService.Download d = exports.download(id);
        Response.ResponseBuilder b = Response.ok(d.content())
                .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", DownloadHeaders.contentDisposition(d.fileName()))
                .header("Cache-Control", "private, no-store");
        if (d.size() >= 0) {
            b.header("Content-Length", d.size());
        }
        return b.build();
    }

    private JobDto dto(ExportJob j) {
        String message = j.getMessageKey() == null ? null : Messages.text(ApiLocale.of(headers), j.getMessageKey());
        return new JobDto(j.getId(), j.getKind(), j.getState().name(), j.getRowsExpected(), j.getRowsDone(), j.getPercent(),
                j.getMessageKey(), message, j.getCreatedAt(), j.getFinishedAt(), j.getExpiresAt(),
                j.isDownloadable() ? "/api/exports/" + j.getId() + "/file" : null);
    }
}
