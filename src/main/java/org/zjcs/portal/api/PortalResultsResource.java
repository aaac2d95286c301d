package org.zjcs.portal.api;

import org.zjcs.shared.web.FeedWriter;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.portal.application.PublicResults;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.portal.application.ResultRow;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.paging.PageLimit;
import org.zjcs.shared.region.RegionService;

/** The public list of selection results (中选公告) for machines: the same rows, filters and keyset paging as results.xhtml. */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal", description = "Public lists of the portal, open to everyone without an account")
public class PortalResultsResource {

    static final int MAX_LIMIT = 50;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    PublicResults results;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    /** One selection result as published. */
    public record ResultDto(long noticeId, int round, String title, String owner, String serviceItemCode, String region,
                            String method, String winner, BigDecimal amount, Instant selectedAt, String noticeUrl,
                            String proofUrl, String verifyUrl) {
    }

    /** A page of results, newest first; {@code next} / {@code previous} are the cursors of the neighbouring pages. */
    public record ResultPage(List<ResultDto> results, String next, String previous) {
    }

    @GET
    @Path("/results")
    @Operation(summary = "Published selection results (winners), newest first, keyset-paged",
            description = "Each selected result of a public notice: the notice, the owner unit, the service item, the"
                    + " selection method, the winner, the amount (yuan) and links to the notice, the proof (JSON) and"
                    + " its verification page. Page on with the cursor in next (after=) or previous (before=); an"
                    + " unreadable cursor is the first page.")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(schema = @Schema(implementation = ResultPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the limit has a value that does not exist",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response list(
            @Parameter(description = "Id of a service item in force") @QueryParam("item") String item,
            @Parameter(description = "Province code, six digits (e.g. 610000)") @QueryParam("province") String province,
            @Parameter(description = "Selection method: RANDOM_DRAW, LOWEST_PRICE, REASONABLE_PRICE, SCORED, DIRECT_PICK")
            @QueryParam("method") String method,
            @Parameter(description = "Cursor: the page after this one (the next of a previous answer)") @QueryParam("after") String after,
            @Parameter(description = "Cursor: the page before this one (the previous of a previous answer)") @QueryParam("before") String before,
            @Parameter(description = "Rows per page, 1 to 50 (default 10)") @QueryParam("limit") String limitText) {
        OptionalInt parsedLimit = PageLimit.parse(limitText, PublicResults.PAGE_SIZE, MAX_LIMIT);
        if (parsedLimit.isEmpty()) {
            return badRequest("portal.results.error.limit", limitText);
        }
        int limit = parsedLimit.getAsInt();
        ResultFilter.Parsed parsed = ResultFilter.parse(item, province, method,
                id -> catalog.cachedItemsInForce().stream().anyMatch(i -> i.getId() == id),
                code -> regions.provinces().stream().anyMatch(r -> r.getCode().equals(code)));
        if (!parsed.valid()) {
            return badRequest(parsed.errorKey(), parsed.badValue());
        }
        KeysetPage<ResultRow> page = results.page(parsed.filter(), after, before, limit);
        String site = FeedWriter.site(request);
        List<ResultDto> rows = page.rows().stream().map(r -> new ResultDto(r.noticeId(), r.round(), r.title(),
                r.ownerName(), code(r.serviceItemId()), r.regionCode(), r.method().name(), r.winnerName(), r.amount(),
                r.selectedAt(), site + "/notice.xhtml?id=" + r.noticeId(),
                site + "/api/notices/" + r.noticeId() + "/proof?round=" + r.round(),
                site + "/verify.xhtml?notice=" + r.noticeId() + "&round=" + r.round())).toList();
        return Response.ok(new ResultPage(rows, page.nextToken(PublicResults::token),
                page.previousToken(PublicResults::token))).build();
    }

    private String code(long itemId) {
        return catalog.cachedItemsInForce().stream().filter(i -> i.getId() == itemId).map(i -> i.getCode())
                .findFirst().orElse(null);
    }

    private Response badRequest(String key, Object... args) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key, args))).build();
    }
}
