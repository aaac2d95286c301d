package org.zjcs.credit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.credit.application.CreditRuleTable;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.application.CreditService.Discrepancy;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.credit.domain.RuleTableInput;
import org.zjcs.shared.api.ApiError;

/**
 * The credit rule table and the firms' credit over REST (docs/credit.md): the table and a firm's score are public;
 * regulators publish a new version (a published one is never changed); regulators and operators run the recompute
 * check of the cached scores.
 */
@Path("/credit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit", description = "The versioned credit rule table, firms' credit scores and the recompute check")
public class CreditResource {

    @Inject
    CreditService credit;

    @Inject
    CreditRuleTable rules;

    @Schema(description = "A version of the rule table: its number, effective time, note and the points of every code")
    public record RuleVersion(int versionNo, String effectiveFrom, String createdAt, String createdBy, String note,
                              Map<String, Integer> points) {
        static RuleVersion of(CreditRuleVersion v) {
            Map<String, Integer> points = new LinkedHashMap<>();
            for (CreditCode c : CreditCode.values()) {
                if (c.ruled() && v.getPoints().containsKey(c)) {
                    points.put(c.name(), v.getPoints().get(c));
                }
            }
            return new RuleVersion(v.getVersionNo(), v.getEffectiveFrom().toString(), v.getCreatedAt().toString(),
                    v.getCreatedBy(), v.getNote(), points);
        }
    }

    @Schema(description = "The version in force now and every version, newest first")
    public record Rules(RuleVersion inForce, List<RuleVersion> versions) {
    }

    @Schema(description = "A new version: the points of every code (-100..100), the effective time (ISO-8601 instant, "
            + "empty for at once, never in the past) and a note saying why")
    public record NewVersion(Map<String, Integer> points, String effectiveFrom, String note) {
    }

    @Schema(description = "A firm's public credit: score (start plus the points of every event), level A..D, events")
    public record FirmCredit(long firmId, int score, String level, int events) {
        static FirmCredit of(CreditStanding s) {
            return new FirmCredit(s.getFirmId(), s.getScore(), s.getLevel().name(), s.getEvents());
        }
    }

    @Schema(description = "A firm whose cached sum of points or event count differs from its events")
    public record Mismatch(long firmId, int keptPoints, int keptEvents, int eventPoints, int eventCount) {
        static Mismatch of(Discrepancy d) {
            return new Mismatch(d.firmId(), d.keptPoints(), d.keptEvents(), d.eventPoints(), d.eventCount());
        }
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The credit rule table: the version in force and every version (public)")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = Rules.class)))
    public Rules rules() {
        return new Rules(RuleVersion.of(rules.rulesInForce()), rules.ruleVersions().stream().map(RuleVersion::of).toList());
    }

    @POST
    @Path("/rule-versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the rule table (regulators); the versions before it never change")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = RuleVersion.class)))
    @APIResponse(responseCode = "400", description = "Refused: a code missing or unknown, points out of range, no note, "
            + "a time in the past, nothing changed, or a version not yet in force",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a regulator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response publish(NewVersion request) {
        NewVersion r = request == null ? new NewVersion(null, null, null) : request;
        CreditRuleVersion v = rules.publishRulesFrom(RuleTableInput.points(r.points()),
                RuleTableInput.effectiveFrom(r.effectiveFrom()), r.note());
        return Response.status(Response.Status.CREATED).entity(RuleVersion.of(v)).build();
    }

    @PUT
    @Path("/rule-versions/{no}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a published version in place: always refused (publish a new version instead)")
    @APIResponse(responseCode = "409", description = "credit.rules.error.immutable; nothing changes",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response amend(@Parameter(description = "version number") @PathParam("no") int no, String ignored) {
        rules.amendRules(no);
        return Response.status(Response.Status.CONFLICT).build(); // not reached: amendRules always refuses
    }

    @GET
    @Path("/firms/{id}")
    @Operation(summary = "A firm's public credit: score, level and number of events")
    @APIResponse(responseCode = "200", description = "The firm's credit",
            content = @Content(schema = @Schema(implementation = FirmCredit.class)))
    @APIResponse(responseCode = "404", description = "No such firm", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public FirmCredit firm(@Parameter(description = "firm (organisation) id") @PathParam("id") long id) {
        return FirmCredit.of(credit.firmStanding(id));
    }

    @GET
    @Path("/recompute")
    @Operation(summary = "Recompute every firm's score from its events and list the firms whose cached score differs "
            + "(regulators and operators); empty when all agree")
    @APIResponse(responseCode = "200", description = "The discrepancies (normally none)",
            content = @Content(schema = @Schema(implementation = Mismatch.class)))
    public List<Mismatch> recompute() {
        return credit.checkCache().stream().map(Mismatch::of).toList();
    }
}
