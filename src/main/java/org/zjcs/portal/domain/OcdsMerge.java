package org.zjcs.portal.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a notice's releases into its compiled release, by the OCDS 1.1 merge rules as far as our releases need
 * them: releases in date order; the release's {@code id}, {@code date} and {@code tag} are omitted; objects merge field
 * by field (a later value replaces an earlier one, a null removes it); an array whose items are all objects with an
 * {@code id} merges item by item on that id (identifier merge), every other array (strings, objects without id, and
 * the whole-list fields {@code additionalIdentifiers}, {@code additionalClassifications}) is replaced as a whole. The
 * compiled release gets {@code id} = ocid + "-" + the latest release date, that date and the tag {@code compiled}.
 * Not implemented: versioned releases and the deprecated 1.0 merge strategies (not needed: we publish 1.1 only).
 */
public final class OcdsMerge {

    private static final Set<String> OMITTED = Set.of("id", "date", "tag");
    private static final Set<String> WHOLE_LIST = Set.of("additionalIdentifiers", "additionalClassifications");

    private OcdsMerge() {
    }

    /** The compiled release of these releases (all of one ocid, oldest first); null when there are none. */
    public static JsonObject compile(List<JsonObject> releases) {
        if (releases.isEmpty()) {
            return null;
        }
        Map<String, JsonValue> merged = new LinkedHashMap<>();
        String date = null;
        for (JsonObject r : releases) {
            date = r.getString("date");
            for (Map.Entry<String, JsonValue> e : r.entrySet()) {
                if (!OMITTED.contains(e.getKey())) {
                    put(merged, e.getKey(), e.getValue());
                }
            }
        }
        String ocid = releases.get(0).getString("ocid");
        JsonObjectBuilder b = Json.createObjectBuilder().add("ocid", ocid).add("id", ocid + "-" + date).add("date", date)
                .add("tag", Json.createArrayBuilder().add("compiled"));
        merged.forEach((k, v) -> {
            if (!k.equals("ocid")) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    private static void put(Map<String, JsonValue> target, String key, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            target.remove(key);
        } else {
            target.put(key, merge(target.get(key), value, key));
        }
    }

    static JsonValue merge(JsonValue earlier, JsonValue later, String key) {
        if (later.getValueType() == JsonValue.ValueType.OBJECT) {
            Map<String, JsonValue> fields = new LinkedHashMap<>();
            if (earlier != null && earlier.getValueType() == JsonValue.ValueType.OBJECT) {
                fields.putAll(earlier.asJsonObject());
            }
            later.asJsonObject().forEach((k, v) -> put(fields, k, v));
            JsonObjectBuilder b = Json.createObjectBuilder();
            fields.forEach(b::add);
            return b.build();
        }
        if (later.getValueType() == JsonValue.ValueType.ARRAY && !WHOLE_LIST.contains(key) && byId(later.asJsonArray())
                && earlier != null && earlier.getValueType() == JsonValue.ValueType.ARRAY && byId(earlier.asJsonArray())) {
            Map<String, JsonValue> items = new LinkedHashMap<>();
            for (JsonValue v : earlier.asJsonArray()) {
                items.put(idOf(v), v);
            }
            for (JsonValue v : later.asJsonArray()) {
                items.put(idOf(v), merge(items.get(idOf(v)), v, null));
            }
            JsonArrayBuilder b = Json.createArrayBuilder();
            new ArrayList<>(items.values()).forEach(b::add);
            return b.build();
        }
        if (later.getValueType() == JsonValue.ValueType.ARRAY && !WHOLE_LIST.contains(key) && byId(later.asJsonArray())) {
            // the first time the array appears: merge its items with nothing, so that nulls inside are dropped
            JsonArrayBuilder b = Json.createArrayBuilder();
            later.asJsonArray().forEach(v -> b.add(merge(null, v, null)));
            return b.build();
        }
        return later;
    }

    /** Whether every item of the array is an object with an id (then it merges by id). */
    private static boolean byId(JsonArray a) {
        return !a.isEmpty() && a.stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT
                && v.asJsonObject().containsKey("id") && v.asJsonObject().get("id").getValueType() != JsonValue.ValueType.NULL);
    }

    private static String idOf(JsonValue v) {
        JsonValue id = v.asJsonObject().get("id");
        return id.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) id).getString() : id.toString();
    }
}
