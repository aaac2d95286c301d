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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.portal.application.OpenData;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.portal.domain.Ocid;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.paging.PageLimit;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.time.BusinessTime;

/**
 * The public notice list (采购公告, notices.xhtml) for machines: the same rows, filters and keyset paging (newest
 * published first), each with its notice page and its OCDS ocid and release package.
 */
@Path("/portal/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal", description = "Public lists of the portal, open to everyone without an account")
public class PortalNoticesResource {

    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    NoticeQueries notices;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    OpenData data;

    /** One public notice as listed. */
    public record NoticeDto(long id, String title, String owner, String serviceItemCode, String region, String method,
                            String status, Instant publishedAt, Instant enrolmentDeadline, String noticeUrl, String ocid,
                            String ocdsUrl) {
    }

    /** A page of notices, newest first; {@code next} / {@code previous} are the cursors of the neighbouring pages. */
    public record NoticePage(List<NoticeDto> notices, String next, String previous) {
    }

    @GET
    @Operation(summary = "Published procurement notices, newest first, keyset-paged",
            description = "The rows of the public notice list with its filters: service item, province, selection method,"
                    + " status, publication date from / to (YYYY-MM-DD, Beijing time). Page on with the cursor in next"
                    + " (after=) or previous (before=); an unreadable cursor is the first page. Drafts are never listed.")
    @APIResponse(responseCode = "200", description = "A page of notices",
            content = @Content(schema = @Schema(implementation = NoticePage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the limit has a value that does not exist",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response list(
            @Parameter(description = "Id of a service item in force") @QueryParam("item") String item,
            @Parameter(description = "Province code, six digits (e.g. 610000)") @QueryParam("province") String province,
            @Parameter(description = "Selection method: RANDOM_DRAW, LOWEST_PRICE, REASONABLE_PRICE, SCORED, DIRECT_PICK")
            @QueryParam("method") String method,
            @Parameter(description = "Status, e.g. PUBLISHED, AWARDED, COMPLETED, CANCELLED (not DRAFT)") @QueryParam("status") String status,
            @Parameter(description = "Published on or after this day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Published on or before this day, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "Cursor: the page after this one (the next of a previous answer)") @QueryParam("after") String after,
            @Parameter(description = "Cursor: the page before this one (the previous of a previous answer)") @QueryParam("before") String before,
            @Parameter(description = "Rows per page, 1 to 50 (default 10)") @QueryParam("limit") String limitText) {
        OptionalInt parsedLimit = PageLimit.parse(limitText, DEFAULT_LIMIT, MAX_LIMIT);
        if (parsedLimit.isEmpty()) {
            return badRequest("portal.notices.error.limit", limitText);
        }
        int limit = parsedLimit.getAsInt();
        ResultFilter.Parsed parsed = ResultFilter.parse(item, province, method,
                id -> catalog.cachedItemsInForce().stream().anyMatch(i -> i.getId() == id),
                code -> regions.provinces().stream().anyMatch(r -> r.getCode().equals(code)));
        if (!parsed.valid()) {
            return badRequest(parsed.errorKey().replace("portal.results.", "portal.notices."), parsed.badValue());
        }
        NoticeStatus s = null;
        if (status != null && !status.isBlank()) {
            s = java.util.Arrays.stream(NoticeStatus.values()).filter(v -> v.name().equals(status.trim()) && v.isPublic())
                    .findFirst().orElse(null);
            if (s == null) {
                return badRequest("portal.notices.error.status", status);
            }
        }
        Instant fromAt = null;
        Instant toAt = null;
        try {
            if (from != null && !from.isBlank()) {
                fromAt = LocalDate.parse(from.trim(), DAY).atStartOfDay(BusinessTime.ZONE).toInstant();
            }
            if (to != null && !to.isBlank()) {
                toAt = LocalDate.parse(to.trim(), DAY).plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
            }
        } catch (DateTimeParseException e) {
            return badRequest("portal.notices.error.date", e.getParsedString());
        }
        ResultFilter f = parsed.filter();
        NoticeRepository.PublicFilter filter = new NoticeRepository.PublicFilter(f.serviceItemId(), f.provincePrefix(),
                f.method(), s, fromAt, toAt);
        KeysetPage<NoticeRepository.PublicRow> page = KeysetPage.byTime(after, before, limit,
                (at, id, backwards, n) -> notices.publicRows(filter, at, id, backwards, n));
        String site = FeedWriter.site(request);
        List<NoticeDto> rows = page.rows().stream().map(r -> {
            String ocid = Ocid.of(data.prefix(), r.id());
            return new NoticeDto(r.id(), r.title(), r.ownerName(), catalog.item(r.serviceItemId()).getCode(), r.regionCode(),
                    r.method().name(), r.status().name(), r.publishedAt(), r.enrolmentDeadline(),
                    site + "/notice.xhtml?id=" + r.id(), ocid, site + "/api/ocds/releases/" + ocid);
        }).toList();
        return Response.ok(new NoticePage(rows, page.nextToken(PortalNoticesResource::token),
                page.previousToken(PortalNoticesResource::token))).build();
    }

    static String token(NoticeRepository.PublicRow r) {
        return KeysetCursor.at(r.publishedAt(), r.id()).encode();
    }

    private Response badRequest(String key, Object... args) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key, args))).build();
    }
}
