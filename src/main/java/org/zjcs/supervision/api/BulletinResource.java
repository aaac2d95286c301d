package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.api.BulletinDto.Page;
import org.zjcs.supervision.application.BulletinQueries;
import org.zjcs.supervision.domain.Bulletin;

/** The published 通报, public (no login). */
@Path("/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "The regulators' published 通报 (public)")
public class BulletinResource {

    @Inject
    BulletinQueries queries;

    @GET
    @Operation(summary = "The published 通报, newest first (keyset: after / before); withdrawn ones are not listed")
    public Page published(@QueryParam("after") String after, @QueryParam("before") String before) {
        return page(queries.published(after, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published or withdrawn 通报 (with the reason); a draft or an unknown id is 404")
    @APIResponse(responseCode = "404", description = "rank.bulletin.error.notFound",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulletinDto item(@PathParam("id") long id) {
        return BulletinDto.of(queries.publicItem(id));
    }

    static Page page(KeysetPage<Bulletin> p) {
        List<Bulletin> rows = p.rows();
        return new Page(rows.stream().map(BulletinDto::of).toList(),
                p.hasNext() && !rows.isEmpty() ? BulletinQueries.token(rows.get(rows.size() - 1)) : null,
                p.hasPrevious() && !rows.isEmpty() ? BulletinQueries.token(rows.get(0)) : null);
    }
}
