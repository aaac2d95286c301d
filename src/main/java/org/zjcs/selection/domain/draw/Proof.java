package org.zjcs.selection.domain.draw;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.FailureReason;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.Weights;

/**
 * The published proof of a selection: everything needed to re-run it, and its result. Canonical JSON (docs/draw.md,
 * "The proof"): keys in a fixed order, amounts and scores as plain decimal strings, ids and whole numbers as JSON
 * numbers, what the method does not use as {@code null}, entries in ascending receipt order.
 *
 * @param version          {@value DrawStream#VERSION} or {@value DrawStream#VERSION_2}
 * @param noticeId         the notice
 * @param method           the selection method
 * @param seedHex          the revealed seed, 64 lowercase hex characters
 * @param commitment       the commitment published with the notice, {@code hex(SHA-256(seed))}
 * @param minBidders       the notice's minimum number of eligible entries
 * @param coefficients     reasonable price: the coefficient set; otherwise {@code null}
 * @param weights          scored method: the weights; otherwise {@code null}
 * @param directPickFirmId direct pick: the named firm; otherwise {@code null}
 * @param entries          the eligible entries, in ascending receipt order
 * @param result           the published result
 * @param v2               version 2: the witness and the ledger; {@code null} in a version-1 proof
 */
public record Proof(String version, long noticeId, SelectionMethod method, String seedHex, String commitment,
                    int minBidders, List<Integer> coefficients, Weights weights, Long directPickFirmId,
                    List<Entry> entries, Result result, V2 v2) {

    /**
     * What a version-2 proof adds (docs/draw.md, "Version 2").
     *
     * @param witnessHex        the revealed witness secret, 64 lowercase hex characters
     * @param witnessCommitment {@code hex(SHA-256(witness))}, published with the notice
     * @param ledgerDigest      {@code hex(SHA-256(UTF-8(join("\n", ledger))))}
     * @param ledger            the receipt hashes of every submission on the notice (withdrawals included), in the
     *                          order they were stored
     */
    public record V2(String witnessHex, String witnessCommitment, String ledgerDigest, List<String> ledger) {

        public V2 {
            Objects.requireNonNull(witnessHex, "witness");
            Objects.requireNonNull(witnessCommitment, "witnessCommitment");
            Objects.requireNonNull(ledgerDigest, "ledgerDigest");
            ledger = List.copyOf(ledger);
        }
    }

    /** A version-1 proof (no witness, no ledger). */
    public Proof(String version, long noticeId, SelectionMethod method, String seedHex, String commitment,
                 int minBidders, List<Integer> coefficients, Weights weights, Long directPickFirmId,
                 List<Entry> entries, Result result) {
        this(version, noticeId, method, seedHex, commitment, minBidders, coefficients, weights, directPickFirmId,
                entries, result, null);
    }

    /**
     * The published result.
     *
     * @param status       SELECTED or FAILED
     * @param failure      the failure reason, {@code null} when selected
     * @param winnerFirmId the winner, {@code null} when failed
     * @param ranking      the ranked firm ids, winner first (empty when failed)
     * @param reference    reasonable price: the reference price
     * @param coefficient  reasonable price: the drawn coefficient
     */
    public record Result(Outcome.Status status, FailureReason failure, Long winnerFirmId, List<Long> ranking,
                         BigDecimal reference, Integer coefficient) {

        public Result {
            Objects.requireNonNull(status, "status");
            ranking = List.copyOf(ranking);
        }

        public static Result of(Outcome o) {
            return new Result(o.status(), o.failure(), o.winner() == null ? null : o.winner().firmId(),
                    o.rankingFirmIds(), o.reference(), o.coefficient());
        }
    }

    public Proof {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(seedHex, "seed");
        Objects.requireNonNull(commitment, "commitment");
        coefficients = coefficients == null ? null : List.copyOf(coefficients);
        entries = List.copyOf(entries);
        Objects.requireNonNull(result, "result");
    }

    /** The version-1 proof of a selection that ran with this input and seed. */
    public static Proof of(SelectionInput input, byte[] seed, Outcome outcome) {
        return of(DrawStream.VERSION, input, seed, outcome, null);
    }

    /**
     * The version-2 proof of a selection that ran with {@code input.drawStreamV2(seed, witness,
     * DrawStream.ledgerDigest(ledger))}.
     */
    public static Proof ofV2(SelectionInput input, byte[] seed, byte[] witness, List<String> ledger, Outcome outcome) {
        V2 v2 = new V2(DrawStream.hex(witness), DrawStream.commitment(witness),
                DrawStream.hex(DrawStream.ledgerDigest(ledger)), ledger);
        return of(DrawStream.VERSION_2, input, seed, outcome, v2);
    }

    private static Proof of(String version, SelectionInput input, byte[] seed, Outcome outcome, V2 v2) {
        SelectionMethod m = input.method();
        return new Proof(version, input.noticeId(), m, DrawStream.hex(seed), DrawStream.commitment(seed),
                input.minBidders(), m == SelectionMethod.REASONABLE_PRICE ? input.coefficients() : null,
                m == SelectionMethod.SCORED ? input.weights() : null,
                m == SelectionMethod.DIRECT_PICK ? input.directPickFirmId() : null, input.entries(),
                Result.of(outcome), v2);
    }

    /** The selection input the proof describes (default coefficients when it has none). */
    public SelectionInput toSelectionInput() {
        return new SelectionInput(noticeId, method, minBidders, coefficients, weights, directPickFirmId, entries);
    }

    /** The canonical JSON: compact, keys in the documented order. */
    public String toJson() {
        return write(Map.of());
    }

    /** The same content, indented for reading (parses to the same proof). */
    public String toPrettyJson() {
        return write(Map.of(JsonGenerator.PRETTY_PRINTING, true)).strip() + "\n";
    }

    private String write(Map<String, ?> config) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(config).createWriter(out)) {
            w.writeObject(toJsonObject());
        }
        return out.toString();
    }

    JsonObject toJsonObject() {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("version", version)
                .add("noticeId", noticeId)
                .add("method", method.name())
                .add("seed", seedHex)
                .add("commitment", commitment);
        if (v2 != null) {
            o.add("witness", v2.witnessHex())
                    .add("witnessCommitment", v2.witnessCommitment())
                    .add("ledgerDigest", v2.ledgerDigest());
        }
        o.add("minBidders", minBidders);
        if (coefficients == null) {
            o.addNull("coefficients");
        } else {
            JsonArrayBuilder cs = Json.createArrayBuilder();
            coefficients.forEach(cs::add);
            o.add("coefficients", cs);
        }
        if (weights == null) {
            o.addNull("weights");
        } else {
            o.add("weights", Json.createObjectBuilder().add("price", weights.price()).add("credit", weights.credit())
                    .add("qualification", weights.qualification()));
        }
        addLong(o, "directPickFirmId", directPickFirmId);
        JsonArrayBuilder es = Json.createArrayBuilder();
        for (Entry e : entries) {
            JsonObjectBuilder eb = Json.createObjectBuilder().add("firmId", e.firmId()).add("firmName", e.firmName())
                    .add("receipt", e.receiptHash());
            addDecimal(eb, "price", e.price());
            addDecimal(eb, "creditScore", e.creditScore());
            addDecimal(eb, "qualificationScore", e.qualificationScore());
            es.add(eb);
        }
        o.add("entries", es);
        if (v2 != null) {
            JsonArrayBuilder ledger = Json.createArrayBuilder();
            v2.ledger().forEach(ledger::add);
            o.add("ledger", ledger);
        }
        JsonObjectBuilder r = Json.createObjectBuilder().add("status", result.status().name());
        if (result.failure() == null) {
            r.addNull("failure");
        } else {
            r.add("failure", result.failure().name());
        }
        addLong(r, "winnerFirmId", result.winnerFirmId());
        JsonArrayBuilder ranking = Json.createArrayBuilder();
        result.ranking().forEach(ranking::add);
        r.add("ranking", ranking);
        addDecimal(r, "reference", result.reference());
        if (result.coefficient() == null) {
            r.addNull("coefficient");
        } else {
            r.add("coefficient", result.coefficient());
        }
        o.add("result", r);
        return o.build();
    }

    private static void addLong(JsonObjectBuilder b, String name, Long v) {
        if (v == null) {
            b.addNull(name);
        } else {
            b.add(name, v.longValue());
        }
    }

    private static void addDecimal(JsonObjectBuilder b, String name, BigDecimal v) {
        if (v == null) {
            b.addNull(name);
        } else {
            b.add(name, v.toPlainString());
        }
    }

    /**
     * Reads a proof.
     *
     * @throws IllegalArgumentException when the text is not a proof (bad JSON, a missing key, a wrong type, a bad
     *                                  method name, seed or receipt)
     */
    public static Proof parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<Integer> coefficients = null;
            if (!o.isNull("coefficients")) {
                coefficients = new ArrayList<>();
                for (JsonValue v : o.getJsonArray("coefficients")) {
                    coefficients.add(((JsonNumber) v).intValueExact());
                }
            }
            Weights weights = null;
            if (!o.isNull("weights")) {
                JsonObject w = o.getJsonObject("weights");
                weights = new Weights(intOf(w, "price"), intOf(w, "credit"), intOf(w, "qualification"));
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("entries")) {
                JsonObject e = v.asJsonObject();
                entries.add(new Entry(longOf(e, "firmId"), e.getString("firmName"), e.getString("receipt"),
                        decimal(e, "price"), decimal(e, "creditScore"), decimal(e, "qualificationScore")));
            }
            JsonObject r = o.getJsonObject("result");
            List<Long> ranking = new ArrayList<>();
            for (JsonValue v : r.getJsonArray("ranking")) {
                ranking.add(((JsonNumber) v).longValueExact());
            }
            Result result = new Result(Outcome.Status.valueOf(r.getString("status")),
                    r.isNull("failure") ? null : FailureReason.valueOf(r.getString("failure")),
                    r.isNull("winnerFirmId") ? null : longOf(r, "winnerFirmId"), ranking, decimal(r, "reference"),
                    r.isNull("coefficient") ? null : intOf(r, "coefficient"));
            String seed = o.getString("seed");
            DrawStream.parseSeed(seed); // 64 hex characters
            String version = o.getString("version");
            V2 v2 = null;
            if (DrawStream.VERSION_2.equals(version) || o.containsKey("witness")) {
                String witness = o.getString("witness");
                DrawStream.parseSeed(witness); // 64 hex characters
                List<String> ledger = new ArrayList<>();
                for (JsonValue v : o.getJsonArray("ledger")) {
                    ledger.add(((JsonString) v).getString());
                }
                v2 = new V2(witness, o.getString("witnessCommitment"), o.getString("ledgerDigest"), ledger);
            }
            return new Proof(version, longOf(o, "noticeId"),
                    SelectionMethod.valueOf(o.getString("method")), seed, o.getString("commitment"),
                    intOf(o, "minBidders"), coefficients, weights,
                    o.isNull("directPickFirmId") ? null : longOf(o, "directPickFirmId"), entries, result, v2);
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a valid draw proof: " + e.getMessage(), e);
        }
    }

    private static long longOf(JsonObject o, String name) {
        return o.getJsonNumber(name).longValueExact();
    }

    private static int intOf(JsonObject o, String name) {
        return o.getJsonNumber(name).intValueExact();
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        if (o.isNull(name)) {
            return null;
        }
        JsonValue v = o.get(name);
        try {
            return new BigDecimal(((JsonString) v).getString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a decimal: " + name, e);
        }
    }
}
