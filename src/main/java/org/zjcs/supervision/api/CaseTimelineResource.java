package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.procurement.api.ApprovalCaseResource;
import org.zjcs.procurement.application.ApiKeyService;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.supervision.application.CaseTimelineService;
import org.zjcs.supervision.application.CaseTimelineService.CaseTimeline;

/**
 * The approval-case timeline for a department's approval system: every step of every notice linked to one of its
 * cases, in time order, with the texts in the caller's language (ApiLocale: en, or Chinese by default). Authenticated by the
 * department's API key like {@link ApprovalCaseResource}: 401 without a valid key, 404 for another department's case.
 */
@Path("/approval-cases/{caseNumber}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval cases", description = "Approval cases (shenpi banjian) pushed by the approval departments' systems")
@SecurityRequirement(name = "departmentApiKey")
public class CaseTimelineResource {

    @Inject
    ApiKeyService apiKeys;

    @Inject
    CaseTimelineService timelines;

    @Context
    HttpHeaders headers;

    @Schema(name = "TimelineLink", description = "A document or page of a step")
    public record LinkView(@Schema(description = "The link's label in the caller's language") String label,
                           @Schema(description = "Path relative to the application", example = "/verify.xhtml?notice=12&round=1") String path) {
    }

    @Schema(name = "TimelineEntry", description = "One step of a notice linked to the case")
    public record EntryView(@Schema(description = "ISO-8601 instant (UTC)") String at, long noticeId,
                            @Schema(description = "Stable code of the step", example = "NOTICE_PUBLISHED") String kind,
                            @Schema(description = "The step described in the caller's language") String text,
                            @Schema(description = "The text's arguments as plain strings") List<String> args,
                            @Schema(description = "Who acted: a user name, system, or an organisation name") String actor,
                            List<LinkView> links) {
    }

    @Schema(name = "CaseTimeline", description = "An approval case's notices and all their steps in time order")
    public record TimelineView(String caseNumber, @Schema(nullable = true) String projectCode,
                               @Schema(description = "Ids of the notices linked to the case") List<Long> notices,
                               List<EntryView> entries) {
    }

    @GET
    @Operation(summary = "The timeline of an approval case of the key's department",
            description = "Every step of every notice linked to the case (publication, corrections, enrolments once the "
                    + "deadline has passed, selection with its proof, objections, award, contract, ...), oldest first. "
                    + "Texts are localized by the language cookie zjcs_lang, else Accept-Language (zh-CN default, en).")
    @APIResponse(responseCode = "200", description = "The case's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "401", description = "No API key, or an unknown or revoked one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such case of this department (other departments' cases look absent)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response timeline(@Parameter(hidden = true) @HeaderParam(ApprovalCaseResource.KEY_HEADER) String apiKey,
                             @Parameter(in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING))
                             @PathParam("caseNumber") String caseNumber) {
        Optional<Long> department = apiKeys.authenticate(apiKey);
        Locale locale = locale();
        if (department.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApprovalCaseResource.KEY_HEADER + "\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("api.error.key", Messages.text(locale, "api.error.key"))).build();
        }
        return timelines.caseTimelineOfDepartment(department.get(), caseNumber)
                .map(t -> Response.ok(view(t, locale)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                        .entity(new ApiError("case.error.notFound", Messages.text(locale, "case.error.notFound"))).build());
    }

    static TimelineView view(CaseTimeline t, Locale locale) {
        List<EntryView> entries = t.entries().stream().map(e -> entry(e, locale)).toList();
        return new TimelineView(t.approvalCase().getCaseNumber(), t.approvalCase().getProjectCode(), t.noticeIds(), entries);
    }

    static EntryView entry(TimelineEntry e, Locale locale) {
        List<LinkView> links = e.links().stream()
                .map(l -> new LinkView(Messages.text(locale, l.labelKey()), l.path())).toList();
        return new EntryView(e.at() == null ? null : e.at().toString(), e.noticeId(), e.kind(),
                Messages.text(locale, e.textKey(), e.args().toArray()), e.args(), e.actor(), links);
    }

    /** The caller's language: the site's language cookie, else English if asked for first, else Chinese. */
    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
