package org.zjcs.portal.api;

import org.zjcs.shared.web.FeedWriter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.portal.application.OpenData;
import org.zjcs.portal.domain.OcdsCursor;
import org.zjcs.portal.domain.OcdsPackages;
import org.zjcs.portal.domain.Ocid;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;

/**
 * The notices as open data in the Open Contracting Data Standard 1.1 (docs/open-data.md): release packages, the
 * change feed, a day's bulk file and records. Public, no login; every answer is JSON in UTF-8 with an ETag
 * ({@code portal.web.EtagFilter}).
 */
@Path("/ocds")
@Produces(OcdsResource.JSON)
@Tag(name = "Open data (OCDS)", description = "The procurement notices, their results, contracts, extensions, deliverables and completion as "
        + "OCDS 1.1 releases and records, open to everyone without an account")
public class OcdsResource {

    static final String JSON = MediaType.APPLICATION_JSON + "; charset=UTF-8";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    OpenData data;

    @GET
    @Path("/releases/{ocid}")
    @Operation(summary = "The release package of one notice: every release of its ocid, oldest first",
            description = "One release per public event of the notice (publication, correction, cancellation, selection"
                    + " result, award, voided or declined award, failure, contract, approved service-period extension,"
                    + " accepted deliverable, completion), each stable"
                    + " once published. The ocid is the configured prefix, a hyphen and the notice id.")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not an ocid", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No public notice has this ocid (unknown, another prefix, or a draft)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response releases(@Parameter(description = "Open Contracting ID, e.g. ocds-zjcs00-8012") @PathParam("ocid") String ocid) {
        return ofReleases(ocid, (site, releases) -> OcdsPackages.releasePackage(site + "/api/ocds/releases/" + ocid,
                data.publisher(), releases, null, null));
    }

    @GET
    @Path("/records/{ocid}")
    @Operation(summary = "The record of one notice: its releases (embedded) and its compiled release",
            description = "A record package with one record. The compiled release merges the releases by the OCDS"
                    + " 1.1 merge rules (docs/open-data.md, \"Records\").")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 record package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not an ocid", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No public notice has this ocid",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response record(@Parameter(description = "Open Contracting ID, e.g. ocds-zjcs00-8012") @PathParam("ocid") String ocid) {
        return ofReleases(ocid, (site, releases) -> OcdsPackages.recordPackage(site + "/api/ocds/records/" + ocid,
                data.publisher(), ocid, releases));
    }

    /** The package {@code build} makes of the releases of one ocid; 400 for a malformed ocid, 404 for no public notice. */
    private Response ofReleases(String ocid, BiFunction<String, List<JsonObject>, JsonObject> build) {
        Optional<Response> bad = checkOcid(ocid);
        if (bad.isPresent()) {
            return bad.get();
        }
        String site = FeedWriter.site(request);
        Optional<List<JsonObject>> releases = data.releases(ocid, site);
        if (releases.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "ocds.error.notFound", ocid);
        }
        return ok(build.apply(site, releases.get()));
    }

    @GET
    @Path("/releases")
    @Operation(summary = "The change feed: every release of every public notice in publication order, keyset-paged",
            description = "Oldest first, by (release date, source, id). Start without since; follow links.next (the"
                    + " cursor after the last release of the page) until a page has no releases; poll that last"
                    + " links.next later for what was published since. Cursors are opaque.")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package (empty releases: nothing after the cursor yet)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "An unreadable cursor or a limit out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response feed(@Parameter(description = "Cursor: the releases after this one (from links.next)") @QueryParam("since") String since,
                         @Parameter(description = "Releases per page, 1 to 100 (default 50)") @QueryParam("limit") String limitText) {
        Integer limit = limitText == null || limitText.isBlank() ? Integer.valueOf(OpenData.DEFAULT_LIMIT)
                : limitText.matches("[0-9]{1,3}") ? Integer.valueOf(limitText) : null;
        if (limit == null || limit < 1 || limit > OpenData.MAX_LIMIT) {
            return error(Response.Status.BAD_REQUEST, "ocds.error.limit", limitText, OpenData.MAX_LIMIT);
        }
        OcdsCursor after = null;
        if (since != null && !since.isEmpty()) {
            Optional<OcdsCursor> c = OcdsCursor.parse(since);
            if (c.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, "ocds.error.cursor", since);
            }
            after = c.get();
        }
        String site = FeedWriter.site(request);
        OpenData.FeedPage page = data.feed(after, limit, site);
        String self = site + "/api/ocds/releases?" + (after == null ? "" : "since=" + enc(after.encode()) + "&") + "limit=" + limit;
        String next = page.last() == null ? null : site + "/api/ocds/releases?since=" + enc(page.last().encode()) + "&limit=" + limit;
        String empty = after == null ? "1970-01-01T00:00:00Z" : after.at().toString();
        return ok(OcdsPackages.releasePackage(self, data.publisher(), page.releases(), empty, next));
    }

    @GET
    @Path("/releases/day/{day}")
    @Operation(summary = "Bulk download: every release published on one day (Beijing time), as one release package",
            description = "Streamed, in feed order. A day without releases gives a package with no releases.")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not a date as YYYY-MM-DD", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response day(@Parameter(description = "The day, YYYY-MM-DD (Asia/Shanghai)") @PathParam("day") String dayText) {
        LocalDate day;
        try {
            day = LocalDate.parse(dayText, DAY);
        } catch (DateTimeParseException e) {
            return error(Response.Status.BAD_REQUEST, "ocds.error.day", dayText);
        }
        String site = FeedWriter.site(request);
        String uri = site + "/api/ocds/releases/day/" + day;
        String dayStart = day.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toString();
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (JsonGenerator g = Json.createGenerator(w)) {
                g.writeStartObject().write("uri", uri).write("version", OcdsPackages.VERSION)
                        .writeStartObject("publisher").write("name", data.publisher()).writeEnd()
                        .writeStartArray("releases");
                String[] latest = {dayStart};
                data.day(day, site, r -> {
                    g.write(r);
                    latest[0] = r.getString("date");
                });
                // the last change of the contents: the latest release (the releases come in date order)
                g.writeEnd().write("publishedDate", latest[0]).writeEnd();
            }
        };
        return Response.ok(body, JSON).build();
    }

    private Optional<Response> checkOcid(String ocid) {
        if (!Ocid.wellFormed(ocid)) {
            return Optional.of(error(Response.Status.BAD_REQUEST, "ocds.error.ocid", ocid, Ocid.of(data.prefix(), 8012)));
        }
        return Optional.empty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Response ok(JsonObject json) {
        return Response.ok(json.toString(), JSON).build();
    }

    private Response error(Response.Status status, String key, Object... args) {
        return Response.status(status).type(JSON)
                .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key, args))).build();
    }
}
