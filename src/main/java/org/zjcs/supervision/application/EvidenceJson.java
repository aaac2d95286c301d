package org.zjcs.supervision.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.supervision.domain.risk.Evidence;

/** The evidence of a warning as stored JSON text: {@code {"figures":{…},"columns":[…],"rows":[[…],…]}}. */
public final class EvidenceJson {

    private EvidenceJson() {
    }

    public static String write(Evidence e) {
        JsonObjectBuilder figures = Json.createObjectBuilder();
        e.figures().forEach(figures::add);
        JsonArrayBuilder columns = Json.createArrayBuilder();
        e.columns().forEach(columns::add);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<String> row : e.rows()) {
            JsonArrayBuilder r = Json.createArrayBuilder();
            row.forEach(r::add);
            rows.add(r);
        }
        return Json.createObjectBuilder().add("figures", figures).add("columns", columns).add("rows", rows).build()
                .toString();
    }

    public static Evidence read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, String> figures = new LinkedHashMap<>();
            o.getJsonObject("figures").forEach((k, v) -> figures.put(k, text(v)));
            List<String> columns = o.getJsonArray("columns").stream().map(EvidenceJson::text).toList();
            List<List<String>> rows = new ArrayList<>();
            for (JsonValue r : o.getJsonArray("rows")) {
                rows.add(((JsonArray) r).stream().map(EvidenceJson::text).toList());
            }
            return new Evidence(figures, columns, rows);
        }
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
