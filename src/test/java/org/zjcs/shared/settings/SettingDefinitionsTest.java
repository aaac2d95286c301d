package org.zjcs.shared.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting is defined once and only once, and four places agree on it: the definition (a context's
 * {@link SettingDefinitions} bean), the row the schema migrations leave in {@code setting}, the two message bundles and
 * the settings table of docs/operations.md. A migration that adds a setting without a definition (or a definition without
 * a row, texts or a docs row) fails here, naming the key.
 */
class SettingDefinitionsTest {

    private static final Path MIGRATIONS = Path.of("db-scripts/migration");
    private static final Path BUNDLES = Path.of("src/main/resources/org/zjcs/i18n");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern INSERT = Pattern.compile("INSERT\\s+INTO\\s+setting\\s*\\([^)]*\\)\\s*VALUES(.*?);",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*'([^']+)'\\s*,\\s*'([^']*)'\\s*,\\s*'([A-Z]+)'");
    private static final Pattern DELETE = Pattern.compile("DELETE\\s+FROM\\s+setting\\s+WHERE\\s+setting_key\\s*"
            + "(?:IN\\s*\\(([^)]*)\\)|=\\s*('[^']*'))\\s*;", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile("(?:UPDATE|INSERT\\s+INTO|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+setting\\b",
            Pattern.CASE_INSENSITIVE);

    private record Row(String value, String type) {
    }

    /** The rows of {@code setting} after every schema migration, applied in version order. */
    static Map<String, Row> rowsAfterMigrations() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            files = s.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(p -> version(p)))
                    .toList();
        }
        Map<String, Row> rows = new TreeMap<>();
        for (Path f : files) {
            String sql = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            List<int[]> handled = new ArrayList<>();
            List<Object[]> ops = new ArrayList<>();
            Matcher ins = INSERT.matcher(sql);
            while (ins.find()) {
                handled.add(new int[] {ins.start(), ins.end()});
                ops.add(new Object[] {ins.start(), "I", ins.group(1)});
            }
            Matcher del = DELETE.matcher(sql);
            while (del.find()) {
                handled.add(new int[] {del.start(), del.end()});
                ops.add(new Object[] {del.start(), "D", del.group(1) != null ? del.group(1) : del.group(2)});
            }
            Matcher any = ANY.matcher(sql);
            while (any.find()) {
                int at = any.start();
                if (handled.stream().noneMatch(h -> h[0] == at)) {
                    fail(f + " changes the setting table in a way this test does not read (only INSERT … VALUES and "
                            + "DELETE … WHERE setting_key IN/=): extend SettingDefinitionsTest");
                }
            }
            ops.sort(Comparator.comparingInt(o -> (Integer) o[0]));
            for (Object[] op : ops) {
                if (op[1].equals("I")) {
                    Matcher t = TUPLE.matcher((String) op[2]);
                    while (t.find()) {
                        if (rows.put(t.group(1), new Row(t.group(2), t.group(3))) != null) {
                            fail(f + " inserts " + t.group(1) + " a second time");
                        }
                    }
                } else {
                    Matcher k = Pattern.compile("'([^']+)'").matcher((String) op[2]);
                    while (k.find()) {
                        rows.remove(k.group(1));
                    }
                }
            }
        }
        return rows;
    }

    private static int version(Path p) {
        Matcher m = VERSION.matcher(p.getFileName().toString());
        m.matches();
        return Integer.parseInt(m.group(1));
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyMigratedRowHasADefinitionAndEveryDefinitionARowWithItsDefault() throws Exception {
        Map<String, Row> rows = rowsAfterMigrations();
        Map<String, SettingDefinition> defined = SettingCatalogues.catalogue().byKey();
        TreeSet<String> undefined = new TreeSet<>(rows.keySet());
        undefined.removeAll(defined.keySet());
        assertEquals(new TreeSet<String>(), undefined, "setting rows inserted by a migration without a definition: add "
                + "one line to the SettingDefinitions bean of the context that reads them (e.g. credit.application.CreditSettings)");
        TreeSet<String> rowless = new TreeSet<>(defined.keySet());
        rowless.removeAll(rows.keySet());
        assertEquals(new TreeSet<String>(), rowless, "defined settings without a row: insert one in a migration");
        for (SettingDefinition d : defined.values()) {
            Row r = rows.get(d.key());
            assertEquals(d.type().name(), r.type(), "value_type of " + d.key());
            assertEquals(0, d.defaultValue().compareTo(d.read(r.value())),
                    "the migration's value of " + d.key() + " is its default " + d.defaultText());
        }
    }

    @Test
    void everySettingIsNamedAndDescribedInBothLanguages() throws Exception {
        for (String name : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties p = bundle(name);
            List<String> missing = new ArrayList<>();
            for (SettingDefinition d : SettingCatalogues.catalogue().definitions()) {
                for (String key : List.of(d.nameKey(), d.descriptionKey(), d.unit().messageKey(), d.group().messageKey())) {
                    if (p.getProperty(key, "").isBlank()) {
                        missing.add(key);
                    }
                }
            }
            for (SettingConstraint c : SettingCatalogues.catalogue().constraints()) {
                if (p.getProperty(c.messageKey(), "").isBlank()) {
                    missing.add(c.messageKey());
                }
            }
            assertEquals(List.of(), missing, "texts missing in " + name);
        }
    }

    /** The docs table: | key | type | default | unit | range | meaning | — one row per defined key, agreeing with it. */
    @Test
    void theOperationsDocListsExactlyTheDefinedSettings() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/operations.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Settings (table `setting`)");
        assertTrue(start >= 0, "docs/operations.md has the section \"## Settings (table `setting`)\"");
        Map<String, String[]> documented = new LinkedHashMap<>();
        boolean inTable = false;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("| key |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1).split("\\|");
            String key = cells[0].trim().replace("`", "");
            if (documented.put(key, cells) != null) {
                fail("docs/operations.md lists " + key + " twice");
            }
        }
        Map<String, SettingDefinition> defined = SettingCatalogues.catalogue().byKey();
        TreeSet<String> undocumented = new TreeSet<>(defined.keySet());
        undocumented.removeAll(documented.keySet());
        assertEquals(new TreeSet<String>(), undocumented, "defined settings missing in the table of docs/operations.md");
        TreeSet<String> notDefined = new TreeSet<>(documented.keySet());
        notDefined.removeAll(defined.keySet());
        assertEquals(new TreeSet<String>(), notDefined, "settings in docs/operations.md that no context defines");
        Properties en = bundle("messages_en.properties");
        for (SettingDefinition d : defined.values()) {
            String[] cells = documented.get(d.key());
            assertEquals(d.type().name(), cells[1].trim(), "type of " + d.key() + " in the docs");
            assertEquals(d.defaultText(), cells[2].trim(), "default of " + d.key() + " in the docs");
            assertEquals(en.getProperty(d.unit().messageKey()), cells[3].trim(), "unit of " + d.key() + " in the docs");
            assertEquals(d.minText() + " – " + d.maxText(), cells[4].trim(), "range of " + d.key() + " in the docs");
        }
    }
}
