package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.text;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingRegistry;
import org.zjcs.shared.settings.SettingCatalogues;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The operator's settings page (issue 16): the table holds exactly the defined settings; a change is validated, audited
 * with the old and new value and applies at once (a notice form then refuses a shorter enrolment period); refusals store
 * nothing; an edit on a value changed meanwhile is refused; reset to default is audited too.
 */
class SettingsIT {

    private static final String PAGE = "/operator/settings.xhtml";
    private static final String EDIT = "/owner/notice-edit.xhtml";
    private static final String MIN_DAYS = "notice.enrolment.min-working-days";
    private static final String THRESHOLD = "notice.direct-pick.threshold";
    private static final String LEVEL_B = "credit.level.b";
    private static final Pattern EARLIEST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @AfterEach
    void restoreDefaults() throws Exception {
        Fixtures.sql("UPDATE setting SET value = '3', version = version + 1 WHERE setting_key = ?", MIN_DAYS);
        Fixtures.sql("UPDATE setting SET value = '100000.00', version = version + 1 WHERE setting_key = ?", THRESHOLD);
        Fixtures.sql("UPDATE setting SET value = '75', version = version + 1 WHERE setting_key = ?", LEVEL_B);
    }

    private static long version(String key) throws Exception {
        return number("SELECT version FROM setting WHERE setting_key = ?", key);
    }

    private static String value(String key) throws Exception {
        return text("SELECT value FROM setting WHERE setting_key = ?", key);
    }

    private static long audits(String action, String key) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_type = 'Setting' AND object_id = ?", action, key);
    }

    private static HttpResponse<String> edit(WebClient web, String key, long version, String value, String button) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("key", key);
        f.put("version", String.valueOf(version));
        f.put("value", value);
        f.put(button, "x");
        return web.postForm(PAGE, "editForm", f);
    }

    private static LocalDate earliest(WebClient owner) {
        String page = owner.get(EDIT).body();
        int at = page.indexOf("id=\"notice:earliest\"");
        assertTrue(at > 0, "the notice form states the earliest deadline");
        Matcher m = EARLIEST.matcher(page.substring(at, Math.min(page.length(), at + 400)));
        assertTrue(m.find());
        return LocalDate.parse(m.group(1));
    }

    @Test
    void theTableHoldsExactlyTheDefinedSettingsWithReadableValuesInRange() throws Exception {
        SettingRegistry.Catalogue catalogue = SettingCatalogues.catalogue();
        Map<String, String[]> rows = new TreeMap<>();
        try (Connection c = It.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT setting_key, value, value_type FROM setting")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        assertEquals(new java.util.TreeSet<>(catalogue.byKey().keySet()), rows.keySet(),
                "every row of setting has a definition and every definition a row");
        for (SettingDefinition d : catalogue.definitions()) {
            String[] row = rows.get(d.key());
            assertEquals(d.type().name(), row[1], "type of " + d.key());
            BigDecimal v = d.parse(row[0]);
            assertEquals(d.canonical(v), row[0], "stored in its canonical form: " + d.key());
        }
        String page = as("operator01").get(PAGE).body();
        for (SettingDefinition d : catalogue.definitions()) {
            assertTrue(page.contains("id=\"value-" + d.key() + "\""), "the page lists " + d.key());
            assertTrue(page.contains(Texts.zh(d.nameKey())), "with its name: " + d.key());
        }
        assertTrue(page.contains(Texts.zh("setting.group.CREDIT")) && page.contains(Texts.zh("setting.unit.WORKING_DAYS")));
    }

    @Test
    void aChangeIsAuditedAndAppliesAtOnceAndResetPutsTheDefaultBack() throws Exception {
        WebClient owner = as("owner01");
        LocalDate before = earliest(owner);
        WebClient operator = as("operator01");
        long changes = audits("SETTING_CHANGED", MIN_DAYS);

        HttpResponse<String> saved = edit(operator, MIN_DAYS, version(MIN_DAYS), "10", "save");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains(Texts.zh("setting.saved", Texts.zh("setting." + MIN_DAYS + ".name"), "10")), saved.body());
        assertTrue(saved.body().matches("(?s).*id=\"value-" + Pattern.quote(MIN_DAYS) + "\">10<.*"), "the table shows the new value");
        assertEquals("10", value(MIN_DAYS));
        assertEquals("operator01", text("SELECT updated_by FROM setting WHERE setting_key = ?", MIN_DAYS));
        assertEquals(changes + 1, audits("SETTING_CHANGED", MIN_DAYS));
        String details = text("SELECT details FROM audit_entry WHERE action = 'SETTING_CHANGED' AND object_id = ? "
                + "ORDER BY id DESC LIMIT 1", MIN_DAYS);
        assertTrue(details.contains("\"oldValue\":\"3\"") && details.contains("\"newValue\":\"10\""), details);

        // at once, without a restart: the owner's form now asks for a later deadline and refuses the old earliest one
        LocalDate after = earliest(owner);
        assertTrue(after.isAfter(before.plusDays(6)), "10 working days instead of 3: " + before + " -> " + after);
        long caseId = Fixtures.ownerCase();
        Map<String, String> terms = Fixtures.terms("Settings " + UUID.randomUUID(), 1, "RANDOM_DRAW", "86000", null, null, 3,
                caseId, before);
        terms.put("publish", "x");
        HttpResponse<String> refused = owner.postForm(EDIT, "notice", terms);
        assertEquals(200, refused.statusCode(), "not published");
        assertTrue(refused.body().contains(Texts.zh("notice.error.deadlineTooSoon", "10", after.toString())), refused.body());

        long resets = audits("SETTING_RESET", MIN_DAYS);
        HttpResponse<String> reset = edit(operator, MIN_DAYS, version(MIN_DAYS), "", "reset");
        assertTrue(reset.body().contains(Texts.zh("setting.resetDone", Texts.zh("setting." + MIN_DAYS + ".name"), "3")), reset.body());
        assertEquals("3", value(MIN_DAYS));
        assertEquals(resets + 1, audits("SETTING_RESET", MIN_DAYS));
        assertEquals(before, earliest(owner), "the default applies again");
    }

    @Test
    void valuesOfTheWrongTypeOutsideTheRangeOrEmptyAreRefusedAndNothingIsStored() throws Exception {
        WebClient operator = as("operator01");
        long v = version(MIN_DAYS);
        long audited = number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Setting'");
        String name = Texts.zh("setting." + MIN_DAYS + ".name");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("abc", Texts.zh("setting.error.notInteger", name, "abc"));
        refusals.put("1.5", Texts.zh("setting.error.notInteger", name, "1.5"));
        refusals.put("1e3", Texts.zh("setting.error.notInteger", name, "1e3"));
        refusals.put("", Texts.zh("setting.error.empty", name));
        refusals.put("0", Texts.zh("setting.error.outOfRange", name, "0", "1", "60"));
        refusals.put("61", Texts.zh("setting.error.outOfRange", name, "61", "1", "60"));
        refusals.put("3", Texts.zh("setting.error.unchanged", name, "3"));
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            HttpResponse<String> answer = edit(operator, MIN_DAYS, v, r.getKey(), "save");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains(r.getValue()), "\"" + r.getKey() + "\" refused with: " + r.getValue());
            assertFalse(answer.body().matches("(?s).*\\bat (org|com|java|jakarta)\\.[\\w.$]+\\(.*"), "no stack trace");
        }
        assertEquals("3", value(MIN_DAYS));
        assertEquals(v, version(MIN_DAYS), "nothing stored");

        String yuan = Texts.zh("setting." + THRESHOLD + ".name");
        long tv = version(THRESHOLD);
        assertTrue(edit(operator, THRESHOLD, tv, "1e3", "save").body().contains(Texts.zh("setting.error.notDecimal", yuan, "1e3", "2")));
        assertTrue(edit(operator, THRESHOLD, tv, "100.123", "save").body().contains(Texts.zh("setting.error.notDecimal", yuan, "100.123", "2")));
        assertEquals("100000.00", value(THRESHOLD));

        // the credit level thresholds must descend: B above A is refused
        assertTrue(edit(operator, LEVEL_B, version(LEVEL_B), "95", "save").body()
                .contains(Texts.zh("setting.error.creditLevels", "90", "95", "60")));
        assertEquals("75", value(LEVEL_B));
        assertEquals(audited, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Setting'"), "no refusal is audited");

        // a decimal is stored in its canonical form
        assertTrue(edit(operator, THRESHOLD, tv, "50000.5", "save").statusCode() == 200);
        assertEquals("50000.50", value(THRESHOLD));
    }

    @Test
    void aSecondOperatorEditingTheSameValueIsToldItChangedMeanwhile() throws Exception {
        WebClient first = as("operator01");
        WebClient second = as("operator01");
        long seen = version(MIN_DAYS);
        assertTrue(edit(first, MIN_DAYS, seen, "5", "save").body()
                .contains(Texts.zh("setting.saved", Texts.zh("setting." + MIN_DAYS + ".name"), "5")));
        HttpResponse<String> late = edit(second, MIN_DAYS, seen, "7", "save");
        assertTrue(late.body().contains(Texts.zh("setting.error.changedMeanwhile", Texts.zh("setting." + MIN_DAYS + ".name"),
                "operator01", "5")), late.body());
        assertEquals("5", value(MIN_DAYS), "the first operator's value stays");
        HttpResponse<String> staleReset = edit(second, MIN_DAYS, seen, "", "reset");
        assertTrue(staleReset.body().contains(Texts.zh("setting.error.changedMeanwhile", Texts.zh("setting." + MIN_DAYS + ".name"),
                "operator01", "5")));
        assertEquals("5", value(MIN_DAYS));
    }

    @Test
    void onlyOperatorsOpenThePage() {
        assertEquals(403, as("regulator01").get(PAGE).statusCode());
        assertEquals(302, new WebClient().get(PAGE).statusCode());
    }
}
