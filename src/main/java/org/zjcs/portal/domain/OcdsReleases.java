package org.zjcs.portal.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OCDS 1.1 releases of one notice, one per public event ({@link OcdsEvent}), oldest first. Each release is
 * derived only from its own event and the notice's earlier events, all of them records that never change, so a
 * release once published always reads the same. What is mapped where: docs/open-data.md, "Mapping". Only what the
 * public announcements already show is used: never the sealed bids, the enrolled firms, the contract's file or
 * anyone's private notes.
 */
public final class OcdsReleases {

    public static final String CURRENCY = "CNY";
    /** The classification scheme of our service items (the catalogue codes of 服务事项). */
    public static final String ITEM_SCHEME = "ZJCS-SERVICE-ITEM";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private OcdsReleases() {
    }

    /** A winner as the result announced it. */
    private record Winner(long firmId, String name) {
    }

    /** What the releases so far established, carried to the next event. */
    private static final class State {
        JsonObject snapshot;
        Instant publishedAt;
        String tenderReleaseId;
        final Map<Integer, Winner> winners = new HashMap<>();
        Integer currentRound;
        String contractAwardId;
        /** The confirmed contract's service start and current end (moved by approved extensions). */
        LocalDate serviceStart;
        LocalDate serviceEnd;
        /** The latest release that set the contract's period (the contract, then each extension). */
        String contractReleaseId;
    }

    /** The fixed rationale of an extension: the firm's own reason is on the contract page, for the parties only. */
    static final String EXTENSION_RATIONALE = "Service period extension requested by the supplier and approved by the buyer";

    /** The releases of the notice from all its events (any order; they are put in feed order). */
    public static List<JsonObject> of(String ocid, List<? extends OcdsEvent> events, String site) {
        List<OcdsEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(OcdsEvent::cursor));
        State s = new State();
        List<JsonObject> releases = new ArrayList<>();
        for (OcdsEvent e : ordered) {
            if (e instanceof OcdsEvent.Announcement a) {
                releases.add(announcement(ocid, a, s, site));
            } else if (e instanceof OcdsEvent.Contract c) {
                releases.add(contract(ocid, c, s));
            } else if (e instanceof OcdsEvent.Deliverable d) {
                releases.add(deliverable(ocid, d, s));
            } else if (e instanceof OcdsEvent.Extension x) {
                releases.add(extension(ocid, x, s));
            } else if (e instanceof OcdsEvent.Completion c) {
                releases.add(completion(ocid, c, s));
            }
        }
        return releases;
    }

    private static JsonObject announcement(String ocid, OcdsEvent.Announcement a, State s, String site) {
        JsonObject content = Json.createReader(new StringReader(a.content())).readObject();
        s.snapshot = content;
        JsonObject outcome = content.containsKey("outcome") && content.get("outcome").getValueType() == JsonValue.ValueType.OBJECT
                ? content.getJsonObject("outcome") : JsonValue.EMPTY_JSON_OBJECT;
        String tenderId = String.valueOf(a.noticeId());
        JsonObject doc = document(a, site);
        JsonObjectBuilder r = head(ocid, a);
        JsonArrayBuilder parties = Json.createArrayBuilder().add(buyerParty(a.ownerId(), content));
        switch (a.kind()) {
            case "PUBLICATION" -> {
                if (s.publishedAt == null) {
                    s.publishedAt = a.at();
                }
                r.add("tag", tags("tender")).add("tender", tender(a, content, "active", s, doc).build());
                s.tenderReleaseId = a.releaseId();
            }
            case "CORRECTION" -> {
                JsonObjectBuilder amendment = Json.createObjectBuilder().add("id", a.releaseId()).add("date", a.at().toString())
                        .add("releaseID", a.releaseId());
                if (a.reason() != null && !a.reason().isBlank()) {
                    amendment.add("rationale", a.reason());
                }
                String changed = changedFields(a.changes());
                if (!changed.isEmpty()) {
                    amendment.add("description", changed);
                }
                if (s.tenderReleaseId != null) {
                    amendment.add("amendsReleaseID", s.tenderReleaseId);
                }
                r.add("tag", tags("tenderAmendment")).add("tender", tender(a, content, "active", s, doc)
                        .add("amendments", Json.createArrayBuilder().add(amendment)).build());
                s.tenderReleaseId = a.releaseId();
            }
            case "CANCELLATION" -> {
                r.add("tag", tags("tenderCancellation")).add("tender", tender(a, content, "cancelled", s, doc).build());
                s.tenderReleaseId = a.releaseId();
            }
            case "FAILURE" -> r.add("tag", tags("tenderUpdate")).add("tender", tenderers(outcome, Json.createObjectBuilder()
                    .add("id", tenderId).add("status", "unsuccessful")).add("documents", Json.createArrayBuilder().add(doc)));
            case "RESULT" -> {
                int round = outcome.getInt("round", 1);
                s.currentRound = round;
                JsonObjectBuilder award = award(a, round, "pending", doc).add("date", a.at().toString());
                if (outcome.get("winner") instanceof JsonNumber winner) {
                    Winner w = new Winner(winner.longValue(), outcome.getString("winnerName", ""));
                    s.winners.put(round, w);
                    parties.add(supplierParty(w));
                    award.add("suppliers", Json.createArrayBuilder().add(reference(w)));
                }
                addValue(award, "value", outcome.getString("amount", ""));
                r.add("tag", tags("award")).add("awards", Json.createArrayBuilder().add(award));
                if (outcome.get("eligible") instanceof JsonNumber) {
                    r.add("tender", tenderers(outcome, Json.createObjectBuilder().add("id", tenderId)));
                }
            }
            case "AWARD" -> {
                int round = outcome.getInt("round", s.currentRound == null ? 1 : s.currentRound);
                JsonObjectBuilder award = award(a, round, "active", doc).add("date", a.at().toString());
                addValue(award, "value", outcome.getString("amount", ""));
                Winner w = s.winners.get(round);
                if (w != null) {
                    parties.add(supplierParty(w));
                    award.add("suppliers", Json.createArrayBuilder().add(reference(w)));
                }
                r.add("tag", tags("awardUpdate")).add("awards", Json.createArrayBuilder().add(award))
                        .add("tender", Json.createObjectBuilder().add("id", tenderId).add("status", "complete"));
            }
            case "VOIDED", "DECLINED" -> {
                int round = outcome.getInt("round", s.currentRound == null ? 1 : s.currentRound);
                r.add("tag", tags("awardCancellation"))
                        .add("awards", Json.createArrayBuilder().add(award(a, round, "cancelled", doc)));
            }
            default -> r.add("tag", tags("tenderUpdate")).add("tender", Json.createObjectBuilder().add("id", tenderId)
                    .add("documents", Json.createArrayBuilder().add(doc)));
        }
        return r.add("parties", parties).build();
    }

    private static JsonObject contract(String ocid, OcdsEvent.Contract c, State s) {
        String awardId = awardOf(c.noticeId(), c.winnerFirmId(), s);
        s.contractAwardId = awardId;
        s.serviceStart = c.serviceStart();
        s.serviceEnd = c.serviceEnd();
        s.contractReleaseId = c.releaseId();
        JsonObjectBuilder contract = Json.createObjectBuilder().add("id", contractId(c.noticeId())).add("awardID", awardId)
                .add("status", "active")
                .add("period", Json.createObjectBuilder().add("startDate", startOfDay(c.serviceStart()))
                        .add("endDate", endOfDay(c.serviceEnd())))
                .add("dateSigned", c.at().toString());
        addValue(contract, "value", c.amount() == null ? "" : c.amount().toPlainString());
        JsonArrayBuilder parties = Json.createArrayBuilder().add(buyerParty(c.ownerId(), s.snapshot));
        String name = s.winners.values().stream().filter(w -> w.firmId() == c.winnerFirmId()).map(Winner::name)
                .reduce((x, y) -> y).orElse(null);
        if (name != null) {
            parties.add(supplierParty(new Winner(c.winnerFirmId(), name)));
        }
        return head(ocid, c).add("tag", tags("contract")).add("parties", parties)
                .add("contracts", Json.createArrayBuilder().add(contract)).build();
    }

    private static JsonObject deliverable(String ocid, OcdsEvent.Deliverable d, State s) {
        String awardId = contractAward(d.noticeId(), s);
        JsonObjectBuilder milestone = Json.createObjectBuilder().add("id", "deliverable-" + d.revision())
                .add("type", "delivery").add("code", "deliverableAccepted").add("status", "met");
        if (d.dueAt() != null) {
            milestone.add("dueDate", d.dueAt().toString());
        }
        milestone.add("dateMet", d.at().toString()).add("dateModified", d.at().toString());
        JsonObjectBuilder contract = Json.createObjectBuilder().add("id", contractId(d.noticeId())).add("awardID", awardId)
                .add("implementation", Json.createObjectBuilder().add("milestones", Json.createArrayBuilder().add(milestone)));
        return head(ocid, d).add("tag", tags("implementation"))
                .add("parties", Json.createArrayBuilder().add(buyerParty(d.ownerId(), s.snapshot)))
                .add("contracts", Json.createArrayBuilder().add(contract)).build();
    }

    /**
     * An approved extension: contract amendment with the old and new end dates, the contract's period ending on the new
     * date. Only dates and status: not the firm's reason nor the owner's notes.
     */
    private static JsonObject extension(String ocid, OcdsEvent.Extension x, State s) {
        JsonObjectBuilder amendment = Json.createObjectBuilder().add("id", x.releaseId()).add("date", x.at().toString())
                .add("rationale", EXTENSION_RATIONALE);
        String newEnd = endOfDay(x.newEnd());
        amendment.add("description", s.serviceEnd == null ? "service period extended to " + newEnd + " (extension "
                + x.sequenceNo() + ")" : "service period end date changed from " + endOfDay(s.serviceEnd) + " to " + newEnd
                + " (extension " + x.sequenceNo() + ")");
        if (s.contractReleaseId != null) {
            amendment.add("amendsReleaseID", s.contractReleaseId);
        }
        amendment.add("releaseID", x.releaseId());
        JsonObjectBuilder period = Json.createObjectBuilder();
        if (s.serviceStart != null) {
            period.add("startDate", startOfDay(s.serviceStart));
        }
        period.add("endDate", newEnd);
        JsonObjectBuilder contract = Json.createObjectBuilder().add("id", contractId(x.noticeId()))
                .add("awardID", contractAward(x.noticeId(), s)).add("period", period)
                .add("amendments", Json.createArrayBuilder().add(amendment));
        s.serviceEnd = x.newEnd();
        s.contractReleaseId = x.releaseId();
        return head(ocid, x).add("tag", tags("contractAmendment"))
                .add("parties", Json.createArrayBuilder().add(buyerParty(x.ownerId(), s.snapshot)))
                .add("contracts", Json.createArrayBuilder().add(contract)).build();
    }

    /**
     * The completion: every linked department passed the accepted version; the contract is fulfilled (status
     * {@code terminated}, the 1.1 codelist's end state of a contract run to its end) and the checks are a met milestone.
     */
    private static JsonObject completion(String ocid, OcdsEvent.Completion c, State s) {
        JsonObjectBuilder milestone = Json.createObjectBuilder().add("id", "checks-" + c.revision())
                .add("type", "assessment").add("code", "departmentChecksPassed").add("status", "met")
                .add("dateMet", c.at().toString()).add("dateModified", c.at().toString());
        JsonObjectBuilder contract = Json.createObjectBuilder().add("id", contractId(c.noticeId()))
                .add("awardID", contractAward(c.noticeId(), s)).add("status", "terminated")
                .add("implementation", Json.createObjectBuilder().add("milestones", Json.createArrayBuilder().add(milestone)));
        return head(ocid, c).add("tag", tags("implementation"))
                .add("parties", Json.createArrayBuilder().add(buyerParty(c.ownerId(), s.snapshot)))
                .add("contracts", Json.createArrayBuilder().add(contract)).build();
    }

    /** The award of the notice's contract: the contract's, else the current round's. */
    private static String contractAward(long noticeId, State s) {
        return s.contractAwardId != null ? s.contractAwardId
                : s.currentRound == null ? noticeId + "-1" : noticeId + "-" + s.currentRound;
    }

    /** {@code numberOfTenderers}: the entries of the public proof ({@code eligible} of the announced outcome). */
    private static JsonObjectBuilder tenderers(JsonObject outcome, JsonObjectBuilder tender) {
        if (outcome.get("eligible") instanceof JsonNumber n) {
            tender.add("numberOfTenderers", n.intValue());
        }
        return tender;
    }

    /** The release's fixed fields: ocid, id, date, initiation type, language and the buyer. */
    private static JsonObjectBuilder head(String ocid, OcdsEvent e) {
        return Json.createObjectBuilder().add("ocid", ocid).add("id", e.releaseId()).add("date", e.at().toString())
                .add("initiationType", "tender").add("language", "zh")
                .add("buyer", Json.createObjectBuilder().add("id", partyId(e.ownerId())));
    }

    private static JsonObjectBuilder tender(OcdsEvent.Announcement a, JsonObject c, String status, State s, JsonObject doc) {
        String method = c.getString("method", "");
        JsonObjectBuilder t = Json.createObjectBuilder().add("id", String.valueOf(a.noticeId()))
                .add("title", c.getString("title", "")).add("description", c.getString("serviceContent", ""))
                .add("status", status)
                .add("procuringEntity", Json.createObjectBuilder().add("id", partyId(a.ownerId())).add("name", c.getString("owner", "")))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1")
                        .add("classification", Json.createObjectBuilder().add("scheme", ITEM_SCHEME)
                                .add("id", c.getString("serviceItem", "")))));
        String ceiling = nonEmpty(c.getString("fixedPrice", "")) ? c.getString("fixedPrice") : c.getString("priceCeiling", "");
        addValue(t, "value", ceiling);
        addValue(t, "minValue", c.getString("priceFloor", ""));
        t.add("procurementMethod", "DIRECT_PICK".equals(method) ? "direct" : "open").add("procurementMethodDetails", method);
        if (nonEmpty(c.getString("directPickReason", ""))) {
            t.add("procurementMethodRationale", c.getString("directPickReason"));
        }
        t.add("mainProcurementCategory", "services");
        switch (method) {
            case "LOWEST_PRICE" -> t.add("awardCriteria", "priceOnly");
            case "REASONABLE_PRICE" -> t.add("awardCriteria", "priceOnly")
                    .add("awardCriteriaDetails", "coefficients (percent): " + c.getString("coefficients", ""));
            case "SCORED" -> t.add("awardCriteria", "ratedCriteria")
                    .add("awardCriteriaDetails", "weights price/credit/qualification (percent): " + c.getString("weights", ""));
            default -> { }
        }
        t.add("submissionMethod", Json.createArrayBuilder().add("electronicSubmission"));
        JsonObjectBuilder period = Json.createObjectBuilder().add("startDate", (s.publishedAt == null ? a.at() : s.publishedAt).toString());
        if (nonEmpty(c.getString("enrolmentDeadline", ""))) {
            period.add("endDate", c.getString("enrolmentDeadline"));
        }
        t.add("tenderPeriod", period);
        String eligibility = eligibility(c);
        if (!eligibility.isEmpty()) {
            t.add("eligibilityCriteria", eligibility);
        }
        JsonArrayBuilder docs = Json.createArrayBuilder().add(doc);
        JsonArray attachments = c.containsKey("attachments") ? c.getJsonArray("attachments") : JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < attachments.size(); i++) {
            JsonObject att = attachments.getJsonObject(i);
            docs.add(Json.createObjectBuilder().add("id", "attachment-" + att.getString("sha256", String.valueOf(i)))
                    .add("documentType", "biddingDocuments").add("title", att.getString("name", ""))
                    .add("description", "SHA-256 " + att.getString("sha256", "")));
        }
        return t.add("documents", docs);
    }

    private static String eligibility(JsonObject c) {
        JsonArray reqs = c.containsKey("requirements") ? c.getJsonArray("requirements") : JsonValue.EMPTY_JSON_ARRAY;
        if (reqs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("qualifications (").append(c.getString("requirementMode", "")).append("): ");
        for (int i = 0; i < reqs.size(); i++) {
            JsonObject q = reqs.getJsonObject(i);
            b.append(i == 0 ? "" : ", ").append(q.getString("type", ""));
            if (nonEmpty(q.getString("minLevel", ""))) {
                b.append(" >= ").append(q.getString("minLevel"));
            }
        }
        return b.toString();
    }

    private static JsonObjectBuilder award(OcdsEvent.Announcement a, int round, String status, JsonObject doc) {
        return Json.createObjectBuilder().add("id", awardId(a.noticeId(), round)).add("status", status)
                .add("documents", Json.createArrayBuilder().add(doc));
    }

    /** The announcement itself as a document: its PDF, public on the notice page. */
    private static JsonObject document(OcdsEvent.Announcement a, String site) {
        String type = switch (a.kind()) {
            case "RESULT", "AWARD" -> "awardNotice";
            case "CANCELLATION", "VOIDED", "DECLINED" -> "cancellationDetails";
            default -> "tenderNotice";
        };
        JsonObjectBuilder d = Json.createObjectBuilder().add("id", a.releaseId()).add("documentType", type)
                .add("title", a.kind()).add("url", site + "/announcement-pdf/" + a.noticeId() + "/" + a.id())
                .add("datePublished", a.at().toString()).add("format", "application/pdf").add("language", "zh");
        if (nonEmpty(a.reason())) {
            d.add("description", a.reason());
        }
        return d.build();
    }

    private static String changedFields(String changes) {
        if (!nonEmpty(changes)) {
            return "";
        }
        JsonObject o = Json.createReader(new StringReader(changes)).readObject();
        return String.join(", ", o.keySet().stream().filter(k -> o.get(k).getValueType() == JsonValue.ValueType.OBJECT).toList());
    }

    /** The award the contract follows: the latest round the contract's firm won. */
    private static String awardOf(long noticeId, long firmId, State s) {
        int round = s.winners.entrySet().stream().filter(w -> w.getValue().firmId() == firmId).mapToInt(Map.Entry::getKey)
                .max().orElse(s.currentRound == null ? 1 : s.currentRound);
        return awardId(noticeId, round);
    }

    private static JsonObject buyerParty(long ownerId, JsonObject snapshot) {
        JsonObject c = snapshot == null ? JsonValue.EMPTY_JSON_OBJECT : snapshot;
        JsonObjectBuilder p = Json.createObjectBuilder().add("id", partyId(ownerId)).add("name", c.getString("owner", ""))
                .add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity"));
        if (nonEmpty(c.getString("contactName", "")) || nonEmpty(c.getString("contactPhone", ""))) {
            p.add("contactPoint", Json.createObjectBuilder().add("name", c.getString("contactName", ""))
                    .add("telephone", c.getString("contactPhone", "")));
        }
        return p.build();
    }

    private static JsonObject supplierParty(Winner w) {
        return Json.createObjectBuilder().add("id", partyId(w.firmId())).add("name", w.name())
                .add("roles", Json.createArrayBuilder().add("supplier")).build();
    }

    private static JsonObject reference(Winner w) {
        return Json.createObjectBuilder().add("id", partyId(w.firmId())).add("name", w.name()).build();
    }

    private static void addValue(JsonObjectBuilder o, String field, String yuan) {
        if (nonEmpty(yuan)) {
            o.add(field, Json.createObjectBuilder().add("amount", new BigDecimal(yuan)).add("currency", CURRENCY));
        }
    }

    private static JsonArray tags(String tag) {
        return Json.createArrayBuilder().add(tag).build();
    }

    /** The party id of an organisation (owner unit or firm): stable, our organisation id. */
    public static String partyId(long organisationId) {
        return "ZJCS-ORG-" + organisationId;
    }

    public static String awardId(long noticeId, int round) {
        return noticeId + "-" + round;
    }

    public static String contractId(long noticeId) {
        return noticeId + "-contract";
    }

    /** The first second of a day in Beijing time, e.g. 2026-10-27T00:00:00+08:00. */
    static String startOfDay(LocalDate d) {
        return WITH_OFFSET.format(d.atStartOfDay(CHINA));
    }

    /** The last second of a day in Beijing time, e.g. 2026-11-17T23:59:59+08:00. */
    static String endOfDay(LocalDate d) {
        return WITH_OFFSET.format(d.atTime(23, 59, 59).atZone(CHINA));
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isBlank();
    }
}
