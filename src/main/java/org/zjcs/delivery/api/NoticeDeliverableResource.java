package org.zjcs.delivery.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.util.ArrayList;
import java.util.List;
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
import org.zjcs.contract.api.ContractApi;
import org.zjcs.delivery.api.DeliverableResource.DeliverableDto;
import org.zjcs.delivery.application.DeliverableSubmission;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.storage.Upload;

/** The winning firm uploads a deliverable version over REST (multipart: a note and one to three files). Session login. */
@Path("/notices/{id}/deliverables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables", description = "Acceptance and department checks of deliverables (session login)")
public class NoticeDeliverableResource {

    static final Set<String> NOT_FOUND = Set.of("notice.error.notFound");

    @Inject
    DeliverableSubmission submission;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a deliverable version (the first one starts the service); the owner unit then accepts or returns it")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            properties = {
                @SchemaProperty(name = "note", type = SchemaType.STRING, description = "What the version contains"),
                @SchemaProperty(name = "file1", type = SchemaType.STRING, format = "binary", description = "A file (PDF, JPEG or PNG)"),
                @SchemaProperty(name = "file2", type = SchemaType.STRING, format = "binary", description = "Another file (optional)"),
                @SchemaProperty(name = "file3", type = SchemaType.STRING, format = "binary", description = "Another file (optional)")
            })))
    @APIResponse(responseCode = "201", description = "Uploaded; Location names the version",
            content = @Content(schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "400", description = "Refused: not in service, a version open, no note, "
            + "no file or a refused file type (nothing is stored)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such public notice, or the caller did not win it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(@Parameter(description = "notice id") @PathParam("id") long id,
                           @Parameter(hidden = true) @FormParam("note") String note,
                           @Parameter(hidden = true) @FormParam("file1") EntityPart file1,
                           @Parameter(hidden = true) @FormParam("file2") EntityPart file2,
                           @Parameter(hidden = true) @FormParam("file3") EntityPart file3) {
        return ContractApi.call(headers, NOT_FOUND, () -> {
            List<Upload> files = new ArrayList<>();
            for (EntityPart p : new EntityPart[] {file1, file2, file3}) {
                Upload u = ContractApi.upload(p);
                if (u != null) {
                    files.add(u);
                }
            }
            Deliverable d = submission.submit(id, note, files);
            return Response.created(uri.getBaseUriBuilder().path("deliverables").path(String.valueOf(d.getId())).build())
                    .entity(DeliverableDto.of(d)).build();
        });
    }
}
