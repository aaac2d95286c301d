package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.api.RiskWarningDto.CheckRequest;
import org.zjcs.supervision.api.RiskWarningDto.Page;
import org.zjcs.supervision.api.RiskWarningDto.ScanResult;
import org.zjcs.supervision.application.RiskScan;
import org.zjcs.supervision.application.RiskWarnings;
import org.zjcs.supervision.domain.RiskWarning;

/**
 * Risk warnings (风险预警) for regulators: the list (a regulator's session, or a provincial platform with a
 * supervision API key, GET only), and — session only — a scan now and marking a warning checked with a note.
 */
@Path("/supervision/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Figures and warnings for regulators and the provincial platform: a "
        + "regulator's session, or a supervision API key (read-only, as the key's regulator organisation)")
@SecurityScheme(securitySchemeName = SupervisionKeyFilter.SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = SupervisionKeyFilter.KEY_HEADER,
        description = "A supervision API key (zjsv_…), issued by a regulator on regulator/api-keys.xhtml for its own "
                + "organisation; shown once, kept only hashed. GET only under /api/supervision/ (any other method: 403); "
                + "unknown or revoked (or a department key): 401; over risk.api.requests-per-minute: 429")
public class RiskResource {

    @Inject
    RiskWarnings warnings;

    @Inject
    RiskScan scan;

    @GET
    @SecurityRequirement(name = SupervisionKeyFilter.SCHEME)
    @Operation(summary = "The risk warnings, newest found first (keyset: after / before; filters rule, state)")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "risk.error.rule, risk.error.state: an unknown filter value",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not logged in, or an unknown or revoked key",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a regulator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Page list(@QueryParam("rule") String rule, @QueryParam("state") String state,
                     @QueryParam("after") String after, @QueryParam("before") String before) {
        KeysetPage<RiskWarning> p = warnings.page(rule, state, after, before);
        List<RiskWarning> rows = p.rows();
        return new Page(rows.stream().map(RiskWarningDto::of).toList(),
                p.hasNext() && !rows.isEmpty() ? RiskWarnings.token(rows.get(rows.size() - 1)) : null,
                p.hasPrevious() && !rows.isEmpty() ? RiskWarnings.token(rows.get(0)) : null);
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = SupervisionKeyFilter.SCHEME)
    @Operation(summary = "One risk warning with its evidence")
    @APIResponse(responseCode = "404", description = "risk.error.notFound", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RiskWarningDto item(@PathParam("id") long id) {
        return RiskWarningDto.of(warnings.item(id));
    }

    @POST
    @Path("/scan")
    @Operation(summary = "A regulator scans now (session login only)")
    public ScanResult scanNow() {
        RiskScan.Result r = scan.scanNow();
        return new ScanResult(r.found(), r.raised(), r.refreshed());
    }

    @POST
    @Path("/{id}/check")
    @Operation(summary = "A regulator marks an open warning checked, with a note (session login only)")
    @APIResponse(responseCode = "400", description = "risk.error.noteRequired, noteTooLong, notOpen",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RiskWarningDto check(@PathParam("id") long id, CheckRequest r) {
        return RiskWarningDto.of(warnings.check(id, r == null ? null : r.note()));
    }
}
