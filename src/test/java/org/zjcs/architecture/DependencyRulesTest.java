package org.zjcs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bounded contexts depend one way only (docs/architecture.md): each context may import only the contexts listed
 * for it here; {@code credit} is told facts by selection, contract and delivery and never imports them; nothing imports
 * {@code search}, {@code portal} or {@code supervision}. Read from the sources' import lines.
 */
class DependencyRulesTest {

    static final Path SOURCES = Path.of("src/main/java/org/zjcs");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.zjcs\\.([a-z]+)\\.", Pattern.MULTILINE);

    static final Set<String> BASE = Set.of("shared", "audit", "security");
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("audit", Set.of("shared")),
            Map.entry("security", Set.of("shared", "audit")),
            Map.entry("catalog", BASE),
            Map.entry("credit", union(BASE, "catalog")),
            Map.entry("firm", union(BASE, "catalog")),
            Map.entry("owner", union(BASE, "catalog")),
            Map.entry("procurement", union(BASE, "catalog", "firm", "owner")),
            Map.entry("selection", union(BASE, "catalog", "firm", "owner", "procurement", "credit")),
            Map.entry("contract", union(BASE, "catalog", "firm", "owner", "procurement", "selection", "credit")),
            Map.entry("delivery", union(BASE, "catalog", "firm", "owner", "procurement", "selection", "contract", "credit")),
            Map.entry("search", readers()),
            Map.entry("portal", readers()),
            Map.entry("supervision", readers()));

    static Set<String> union(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(List.of(more));
        return s;
    }

    /** The reading contexts may import every context but each other. */
    static Set<String> readers() {
        return union(BASE, "catalog", "credit", "firm", "owner", "procurement", "selection", "contract", "delivery");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyContextImportsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> contexts = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String context = SOURCES.relativize(file).getName(0).toString();
                contexts.add(context);
                Set<String> allowed = ALLOWED.get(context);
                assertTrue(allowed != null, "a context the rules do not know: " + context + " (" + file + ")");
                Matcher m = IMPORT.matcher(read(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!imported.equals(context) && !allowed.contains(imported)) {
                        violations.add(SOURCES.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertTrue(contexts.containsAll(Set.of("shared", "credit", "selection", "delivery")), "the sources were read: " + contexts);
        assertEquals(List.of(), violations, "imports against the one-way dependencies");
    }

    @Test
    void theRulesThemselvesHaveNoCycle() {
        for (String a : ALLOWED.keySet()) {
            for (String b : ALLOWED.get(a)) {
                assertTrue(!ALLOWED.getOrDefault(b, Set.of()).contains(a), a + " and " + b + " may not import each other");
            }
        }
    }
}
