package org.zjcs.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.search.application.IndexStatus;
import org.zjcs.search.application.SearchAdmin;
import org.zjcs.search.application.SearchIndex;
import org.zjcs.search.application.SearchParams;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;

/**
 * Full-text search over the public notices, announcements, firms, service items and 通报 (public, no login), and the operator's status and rebuild of this server's
 * index (docs/search.md). Bad input is answered 400 with the rule's message, never 500.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over the public notices, and the index's status and rebuild")
public class SearchResource {

    @Inject
    SearchIndex index;

    @Inject
    SearchAdmin admin;

    @Context
    HttpHeaders headers;

    /** One hit; {@code titleHtml} and {@code snippet} are escaped HTML with the matched words in {@code <em>}. */
    public record HitDto(String kind, long id, String title, String titleHtml, String snippet, String owner,
                         String serviceItem, String region, String method, String status, String fundSource,
                         String detail, Instant published, BigDecimal amount, String link) {
    }

    /** One suggestion: the title or name, its kind and its public page. */
    public record SuggestionDto(String text, String kind, String link) {
    }

    public record SuggestResponse(List<SuggestionDto> suggestions) {
    }

    public record FacetCountDto(String value, long count) {
    }

    /** One page of hits; {@code message} tells why nothing was searched (e.g. the text held no words), else null. */
    public record SearchResponse(List<HitDto> hits, long total, int page, int size, boolean hasNext,
                                 Map<String, List<FacetCountDto>> facets, String message) {
    }

    @GET
    @Operation(summary = "Search the public notices: words (never parsed as query syntax; \"quotes\" for a phrase), "
            + "facet filters (repeat a parameter for alternatives), date and amount ranges, order and paging")
    @APIResponse(responseCode = "200", description = "The page of hits, the total and the facet counts",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad input: search.error.* with its message",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("kind") List<String> kind,
            @QueryParam("serviceItem") List<String> serviceItem, @QueryParam("region") List<String> region,
            @QueryParam("method") List<String> method, @QueryParam("status") List<String> status,
            @QueryParam("fundSource") List<String> fundSource,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("amountMin") String amountMin, @QueryParam("amountMax") String amountMax,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") String page, @QueryParam("size") @DefaultValue("20") String size) {
        Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
        filters.put(SearchFacet.KIND, kind);
        filters.put(SearchFacet.SERVICE_ITEM, serviceItem);
        filters.put(SearchFacet.REGION, region);
        filters.put(SearchFacet.METHOD, method);
        filters.put(SearchFacet.STATUS, status);
        filters.put(SearchFacet.FUND_SOURCE, fundSource);
        SearchResult r = index.search(SearchParams.query(q, filters, from, to, amountMin, amountMax, sort, page, size));
        Locale locale = ApiLocale.of(headers);
        Map<String, List<FacetCountDto>> facets = new LinkedHashMap<>();
        for (SearchFacet f : SearchFacet.values()) {
            facets.put(f.dimension(), r.facets().getOrDefault(f, List.of()).stream()
                    .map(c -> new FacetCountDto(c.value(), c.count())).toList());
        }
        List<HitDto> hits = r.hits().stream().map(h -> new HitDto(h.kind().name(), h.id(), h.title(), h.titleHtml(),
                h.summaryHtml(), h.ownerName(), h.serviceItemName(), h.regionCode(), h.method(), h.status(),
                h.fundSource(), h.detail(), h.publishedAt(), h.amount(), h.link())).toList();
        return new SearchResponse(hits, r.total(), r.page(), r.size(), r.hasNext(), facets,
                r.messageKey() == null ? null : Messages.text(locale, r.messageKey()));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Up to 10 suggestions while typing: notice titles, firm names (also by pinyin or initials) "
            + "and service item names that contain the text at a word start (kind: one kind only). Bad input: none.")
    @APIResponse(responseCode = "200", description = "The suggestions (possibly none)",
            content = @Content(schema = @Schema(implementation = SuggestResponse.class)))
    public SuggestResponse suggest(@QueryParam("q") String q, @QueryParam("kind") String kind) {
        SearchKind k = SearchParams.kind(kind);
        if (q == null || q.length() > SearchQuery.MAX_TEXT || (k == null && kind != null && !kind.isBlank())) {
            return new SuggestResponse(List.of()); // bad input: nothing to suggest, never an error
        }
        return new SuggestResponse(index.suggest(q, k, SearchParams.SUGGESTIONS).stream()
                .map(s -> new SuggestionDto(s.text(), s.kind().name(), s.link())).toList());
    }

    @GET
    @Path("/status")
    @Operation(summary = "This server's index: state, rebuild progress (done/total), last applied change id, "
            + "documents in the index against public notices in the database (operator only)")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = IndexStatus.class)))
    public IndexStatus status() {
        return admin.status();
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild this server's index from the database in the background; the old index serves "
            + "until the new one is swapped in (operator only, audited). No body, or {}.")
    @APIResponse(responseCode = "202", description = "Started; follow GET /api/search/status",
            content = @Content(schema = @Schema(implementation = IndexStatus.class)))
    @APIResponse(responseCode = "409", description = "search.error.rebuildRunning",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response rebuild() {
        return Response.accepted(admin.rebuild()).build();
    }
}
