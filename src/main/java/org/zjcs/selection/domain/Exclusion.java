package org.zjcs.selection.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.shared.i18n.LocalizedText;
import org.zjcs.shared.i18n.Messages;

/** An enrolled firm left out of a selection run: the rules it failed that day (JSON of message keys and arguments). */
@Embeddable
public class Exclusion {

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "receipt_hash", nullable = false, length = 64)
    private String receiptHash;

    @Column(name = "reasons", nullable = false, length = 2000)
    private String reasons;

    protected Exclusion() {
    }

    public Exclusion(long firmId, String receiptHash, String reasons) {
        this.firmId = firmId;
        this.receiptHash = receiptHash;
        this.reasons = reasons;
    }

    /**
     * Why a firm was left out, kept for the result page in both languages:
     * {@code [{"key": ..., "zh": [args], "en": [args]}, ...]}: the rules it failed, or one reason without arguments.
     */
    public static String reasonsJson(List<Failure> failures, String reasonKey) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        if (reasonKey != null) {
            a.add(Json.createObjectBuilder().add("key", reasonKey).add("zh", Json.createArrayBuilder())
                    .add("en", Json.createArrayBuilder()));
        }
        for (Failure f : failures) {
            JsonArrayBuilder zh = Json.createArrayBuilder();
            JsonArrayBuilder en = Json.createArrayBuilder();
            for (Object arg : f.args()) {
                zh.add(arg instanceof LocalizedText t ? t.in(Locale.SIMPLIFIED_CHINESE) : String.valueOf(arg));
                en.add(arg instanceof LocalizedText t ? t.in(Locale.ENGLISH) : String.valueOf(arg));
            }
            a.add(Json.createObjectBuilder().add("key", f.messageKey()).add("zh", zh).add("en", en));
        }
        return a.build().toString();
    }

    /** One reason without arguments (e.g. {@code selection.declined}). */
    public static String reasonJson(String reasonKey) {
        return reasonsJson(List.of(), reasonKey);
    }

    /** The failed rules as one text in the reader's language (a message argument, e.g. of a notification). */
    public LocalizedText reasonsText() {
        String json = reasons;
        return locale -> {
            boolean zh = "zh".equals(locale.getLanguage());
            JsonArray items = Json.createReader(new StringReader(json)).readArray();
            List<String> texts = items.getValuesAs(JsonObject.class).stream().map(o -> Messages.text(locale, o.getString("key"),
                    o.getJsonArray(zh ? "zh" : "en").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toArray())).toList();
            return String.join(zh ? "；" : "; ", texts);
        };
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public String getReasons() {
        return reasons;
    }
}
