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

    static final Pattern INFRA_IMPORT =
            Pattern.compile("^import (?:static )?org\\.zjcs\\.([a-z]+)\\.infrastructure\\.([A-Za-z]+)", Pattern.MULTILINE);

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String contextOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    static String layerOf(Path file) {
        Path rel = SOURCES.relativize(file);
        return rel.getNameCount() > 2 ? rel.getName(1).toString() : "";
    }

    /** A context's infrastructure (JPA repositories, Shiro, files) is its own: others use its domain interfaces. */
    @Test
    void noContextImportsAnotherContextsInfrastructure() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = INFRA_IMPORT.matcher(read(file));
            while (m.find()) {
                if (!m.group(1).equals(contextOf(file))) {
                    violations.add(SOURCES.relativize(file) + " imports " + m.group(1) + ".infrastructure." + m.group(2));
                }
            }
        }
        assertEquals(List.of(), violations, "imports of another context's infrastructure");
    }

    static final Pattern DECLARES = Pattern.compile(
            "^public (?:abstract |final )?(class|interface) ([A-Za-z]+Repository)\\b([^{]*)\\{", Pattern.MULTILINE);

    /**
     * Repositories are interfaces in their context's {@code domain}; the JPA implementation {@code JpaXRepository} lives
     * in {@code infrastructure} and implements the interface of the same context.
     */
    @Test
    void repositoriesAreDomainInterfacesWithInfrastructureImplementations() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> interfaces = new TreeSet<>();
        Set<String> implemented = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = DECLARES.matcher(read(file));
            while (m.find()) {
                String where = contextOf(file) + "." + layerOf(file);
                String name = m.group(2);
                if (m.group(1).equals("interface")) {
                    if (!layerOf(file).equals("domain")) {
                        violations.add(name + " is an interface in " + where + ", not in domain");
                    }
                    interfaces.add(contextOf(file) + "." + name);
                } else {
                    if (!layerOf(file).equals("infrastructure") || !name.startsWith("Jpa")) {
                        violations.add(name + " is a class in " + where + " (a repository class is infrastructure's JpaX)");
                    } else {
                        String iface = name.substring(3);
                        if (!m.group(3).matches("(?s).*\\bimplements\\b.*\\b" + iface + "\\b.*")) {
                            violations.add(name + " does not implement " + iface);
                        }
                        implemented.add(contextOf(file) + "." + iface);
                    }
                }
            }
        }
        for (String i : interfaces) {
            if (!implemented.contains(i)) {
                violations.add(i + " has no Jpa implementation in its context's infrastructure");
            }
        }
        assertTrue(interfaces.size() >= 10, "the repositories were read: " + interfaces);
        assertEquals(List.of(), violations, "repositories against the layer rule");
    }

    static final Pattern NOTICE_MOVE = Pattern.compile(
            "\\b(?:n|notice|notice\\(\\)|getNotice\\(\\))\\.(contracted|inService|delivered|completed|announceResult|"
                    + "declineAward|resumePublicity|fail|award|close|suspend|cancel)\\(");

    /**
     * The notice's life cycle is procurement's: other contexts raise a NoticeEvent, which procurement's NoticeLifecycle
     * applies; none of them calls Notice's life-cycle methods.
     */
    @Test
    void onlyProcurementMovesANotice() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = read(file);
            if (contextOf(file).equals("procurement") || !text.contains("import org.zjcs.procurement.domain.Notice;")) {
                continue;
            }
            Matcher m = NOTICE_MOVE.matcher(text);
            while (m.find()) {
                violations.add(SOURCES.relativize(file) + " calls " + m.group());
            }
        }
        assertEquals(List.of(), violations, "notice life-cycle calls outside procurement");
    }
}
