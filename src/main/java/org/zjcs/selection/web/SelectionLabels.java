package org.zjcs.selection.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.zjcs.security.application.AccountService;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.money.Money;

/** Texts of the selection pages: firm names, the rules an excluded firm failed, amounts. */
@Named
@ApplicationScoped
public class SelectionLabels {

    @Inject
    AccountService accounts;

    @Inject
    LocaleBean locale;

    public String firm(Long firmId) {
        return firmId == null ? "" : accounts.organisation(firmId).getName();
    }

    /** The failed rules of an exclusion, in the reader's language. */
    public String reasons(Exclusion e) {
        Locale l = locale.getLocale();
        String lang = "zh".equals(l.getLanguage()) ? "zh" : "en";
        JsonArray items = Json.createReader(new StringReader(e.getReasons())).readArray();
        List<String> texts = items.getValuesAs(JsonObject.class).stream().map(o -> Messages.text(l, o.getString("key"),
                o.getJsonArray(lang).getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray())).toList();
        return String.join(" ", texts);
    }

    public String money(BigDecimal amount) {
        return Money.format(amount, locale.getLocale());
    }
}
