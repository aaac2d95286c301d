package org.zjcs.procurement.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zjcs.shared.crypto.Sha256;

/**
 * Builds a notice's announcements (publication, correction, cancellation and the selection's outcomes): the notice's
 * text at that moment as canonical JSON (fixed key order, amounts as plain strings, instants in ISO-8601 UTC), fixed
 * with its SHA-256. What the notice holds only by id (its owner, its service item, its approval cases) comes in
 * {@link Names}.
 */
public final class Announcements {

    private Announcements() {
    }

    /** The names an announcement shows for what the notice holds by id. */
    public record Names(String ownerName, String serviceItemCode, List<CaseLine> cases) {

        public Names {
            cases = List.copyOf(cases);
        }
    }

    /** One linked approval case as announced. */
    public record CaseLine(String caseNumber, String projectCode) {
    }

    /** An announcement of the notice's own text ({@code changes}: the correction's JSON from {@link Changes}, or null). */
    public static Announcement of(Notice n, AnnouncementKind kind, Instant at, String actor, String reason, String changes,
                                  Names names) {
        String content = snapshot(n, kind, at, names).build().toString();
        return new Announcement(n.getId(), kind, at, actor, reason, changes, content, Sha256.hex(content));
    }

    /**
     * An announcement of the selection (result, failure, voided result, award, declined award): the notice's text at
     * that moment with the outcome appended as {@code "outcome"}.
     */
    public static Announcement outcome(Notice n, AnnouncementKind kind, Instant at, String actor, String reason,
                                       JsonObject outcome, Names names) {
        String content = snapshot(n, kind, at, names).add("outcome", outcome).build().toString();
        return new Announcement(n.getId(), kind, at, actor, reason, null, content, Sha256.hex(content));
    }

    /** The notice's text as canonical JSON at {@code at}. */
    public static String content(Notice n, AnnouncementKind kind, Instant at, Names names) {
        return snapshot(n, kind, at, names).build().toString();
    }

    private static JsonObjectBuilder snapshot(Notice n, AnnouncementKind kind, Instant at, Names names) {
        JsonArrayBuilder reqs = Json.createArrayBuilder();
        n.getRequirements().forEach(r -> reqs.add(Json.createObjectBuilder().add("type", r.getTypeCode())
                .add("minLevel", Objects.toString(r.getMinLevel(), ""))));
        JsonArrayBuilder linked = Json.createArrayBuilder();
        names.cases().forEach(c -> linked.add(Json.createObjectBuilder().add("caseNumber", c.caseNumber())
                .add("projectCode", Objects.toString(c.projectCode(), ""))));
        JsonArrayBuilder avoid = Json.createArrayBuilder();
        n.getAvoidances().forEach(a -> avoid.add(Json.createObjectBuilder().add("firm", a.getFirmId()).add("reason", a.getReason())));
        JsonArrayBuilder att = Json.createArrayBuilder();
        n.getAttachments().forEach(a -> att.add(Json.createObjectBuilder().add("name", a.getDisplayName())
                .add("sha256", a.getSha256())));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("notice", n.getId())
                .add("announcement", kind.name())
                .add("at", at.toString())
                .add("owner", names.ownerName())
                .add("title", n.getTitle())
                .add("serviceItem", names.serviceItemCode())
                .add("serviceContent", n.getServiceContent())
                .add("projectScale", n.getProjectScale())
                .add("region", n.getRegionCode())
                .add("fundSource", n.getFundSource().name())
                .add("method", n.getMethod().name())
                .add("fixedPrice", plain(n.getFixedPrice()))
                .add("priceFloor", plain(n.getPriceFloor()))
                .add("priceCeiling", plain(n.getPriceCeiling()))
                .add("minBidders", n.getMinBidders())
                .add("weights", n.getWeightPrice() == null ? "" : n.getWeightPrice() + "/" + n.getWeightCredit() + "/"
                        + n.getWeightQualification())
                .add("coefficients", Objects.toString(n.getCoefficients(), ""))
                .add("directPickReason", Objects.toString(n.getDirectPickReason(), ""))
                .add("requirementMode", n.getRequirementMode().name())
                .add("requirements", reqs)
                .add("serviceDays", n.getServiceDays())
                .add("enrolmentDeadline", n.getEnrolmentDeadline() == null ? "" : n.getEnrolmentDeadline().toString())
                .add("contactName", n.getContactName())
                .add("contactPhone", n.getContactPhone())
                .add("complaintPhone", n.getComplaintPhone())
                .add("approvalCases", linked)
                .add("avoidances", avoid)
                .add("attachments", att)
                .add("drawCommitment", Objects.toString(n.getDrawCommitment(), ""));
        if (n.getDrawWitnessCommitment() != null) {
            o.add("drawWitnessCommitment", n.getDrawWitnessCommitment());
        }
        return o;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }

    /** What a correction changed, field by field ("from" and "to"), in the order the fields were compared. */
    public static final class Changes {

        private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();

        /** Notes the field when its value changed. */
        public Changes compare(String field, String from, String to) {
            if (!Objects.equals(from, to)) {
                Map<String, String> c = new LinkedHashMap<>();
                c.put("from", from);
                c.put("to", to);
                fields.put(field, c);
            }
            return this;
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        /** The changed fields' names, in order. */
        public Set<String> fields() {
            return fields.keySet();
        }

        /** The changes as JSON; {@code "deadlineExtended": true} when the deadline was moved to keep the minimum window. */
        public String json(boolean deadlineExtended) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            fields.forEach((k, v) -> o.add(k, Json.createObjectBuilder().add("from", v.get("from")).add("to", v.get("to"))));
            if (deadlineExtended) {
                o.add("deadlineExtended", true);
            }
            return o.build().toString();
        }
    }
}
