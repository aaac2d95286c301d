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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.FirmRepository.DirectoryRow;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.paging.PageLimit;
import org.zjcs.shared.region.RegionService;

/**
 * The public firm directory (机构名录, firms.xhtml) for machines: the same approved, active firms, filters (name, service
 * item, province) and keyset paging by name, with what the page shows of each: name, region, the service items it
 * offers, its credit score and level, and the links to its profile and credit record. No contact, credit code or
 * certificate (the page shows none).
 */
@Path("/portal/firms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal", description = "Public lists of the portal, open to everyone without an account")
public class PortalFirmsResource {

    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 20;
    /** Longest name filter taken (a firm's name is at most 100 characters). */
    static final int MAX_NAME = 100;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    FirmService firms;

    @Inject
    CatalogService catalog;

    @Inject
    RegionService regions;

    @Inject
    CreditService credit;

    /** A service item a firm offers. */
    public record ItemDto(long id, String code, String name, String nameEn) {
    }

    /** One firm as the public directory lists it. */
    public record FirmDto(long id, String name, String region, List<ItemDto> serviceItems, int creditScore,
                          String creditLevel, String profileUrl, String creditUrl) {
    }

    /** A page of firms by name; {@code next} / {@code previous} are the cursors of the neighbouring pages. */
    public record FirmPage(List<FirmDto> firms, String next, String previous) {
    }

    @GET
    @Operation(summary = "The public firm directory: approved, active firms by name, keyset-paged",
            description = "The rows of the public firm directory (firms.xhtml) with its filters: a part of the name,"
                    + " a service item the firm offers, its province. Page on with the cursor in next (after=) or"
                    + " previous (before=); an unreadable cursor is the first page.")
    @APIResponse(responseCode = "200", description = "A page of firms",
            content = @Content(schema = @Schema(implementation = FirmPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the limit has a value that does not exist",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response list(
            @Parameter(description = "A part of the firm's name (at most 100 characters)") @QueryParam("name") String name,
            @Parameter(description = "Id of a service item in force the firm offers") @QueryParam("item") String item,
            @Parameter(description = "Province code, six digits (e.g. 610000)") @QueryParam("province") String province,
            @Parameter(description = "Cursor: the page after this one (the next of a previous answer)") @QueryParam("after") String after,
            @Parameter(description = "Cursor: the page before this one (the previous of a previous answer)") @QueryParam("before") String before,
            @Parameter(description = "Rows per page, 1 to 50 (default 20)") @QueryParam("limit") String limitText) {
        OptionalInt parsedLimit = PageLimit.parse(limitText, DEFAULT_LIMIT, MAX_LIMIT);
        if (parsedLimit.isEmpty()) {
            return badRequest("portal.firms.error.limit", limitText);
        }
        int limit = parsedLimit.getAsInt();
        String n = name == null || name.isBlank() ? null : name.strip();
        if (n != null && n.length() > MAX_NAME) {
            return badRequest("portal.firms.error.name", MAX_NAME);
        }
        ResultFilter.Parsed parsed = ResultFilter.parse(item, province, null,
                id -> catalog.cachedItemsInForce().stream().anyMatch(i -> i.getId() == id),
                code -> regions.provinces().stream().anyMatch(r -> r.getCode().equals(code)));
        if (!parsed.valid()) {
            return badRequest(parsed.errorKey().replace("portal.results.", "portal.firms."), parsed.badValue());
        }
        Long itemId = parsed.filter().serviceItemId();
        String provinceCode = parsed.filter().provincePrefix() == null ? null : parsed.filter().provincePrefix() + "0000";
        KeysetPage<DirectoryRow> page = KeysetPage.read(after, before, k -> true, limit,
                (c, backwards, rows) -> firms.directoryRows(n, itemId, provinceCode, c == null ? null : c.key(),
                        c == null ? null : c.id(), backwards, rows));
        Map<Long, CreditStanding> standings = page.rows().isEmpty() ? Map.of()
                : credit.standings(page.rows().stream().map(DirectoryRow::firmId).toList());
        String site = FeedWriter.site(request);
        List<FirmDto> rows = page.rows().stream().map(r -> {
            CreditStanding s = standings.get(r.firmId());
            List<ItemDto> items = r.serviceItemIds().stream().map(catalog::cachedItem)
                    .sorted(Comparator.comparing(ServiceItem::getCode))
                    .map(i -> new ItemDto(i.getId(), i.getCode(), i.getNameZh(), i.getNameEn())).toList();
            return new FirmDto(r.firmId(), r.name(), r.regionCode(), items, s == null ? 0 : s.getScore(),
                    s == null ? null : s.getLevel().name(), site + "/firm-profile.xhtml?id=" + r.firmId(),
                    site + "/firm-credit.xhtml?id=" + r.firmId());
        }).toList();
        return Response.ok(new FirmPage(rows, page.nextToken(PortalFirmsResource::token),
                page.previousToken(PortalFirmsResource::token))).build();
    }

    static String token(DirectoryRow r) {
        return new KeysetCursor(r.name(), r.firmId()).encode();
    }

    private Response badRequest(String key, Object... args) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key, args))).build();
    }
}
