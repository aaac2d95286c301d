package org.zjcs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zjcs.security.AuthorizationMatrix.Row;

/**
 * The authorization matrix lists every target there is, and nothing that is gone: every Faces page and page directory
 * under src/main/webapp (outside WEB-INF and resources), every REST method (found by reflection: the {@code @Path}
 * classes of org.zjcs), every servlet mapping ({@code @WebServlet} and web.xml; the Faces servlet's {@code *.xhtml} is
 * covered by the pages), each for every role.
 */
class AuthorizationMatrixCoverageTest {

    private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

    @Test
    void theMatrixListsEveryTargetAndNoTargetThatIsGone() throws Exception {
        Map<String, Set<String>> existing = new TreeMap<>();
        existing.put("PAGE", pages());
        existing.put("DIR", directories(existing.get("PAGE")));
        existing.put("REST", restMethods());
        existing.put("FILE", servletMappings());
        assertTrue(existing.get("REST").size() > 30 && existing.get("PAGE").size() > 40, "the scan finds the targets: " + existing);

        Map<String, Set<String>> listed = new TreeMap<>();
        for (Row r : AuthorizationMatrix.rows()) {
            listed.computeIfAbsent(r.kind(), k -> new TreeSet<>()).add(r.target());
        }
        StringBuilder missing = new StringBuilder();
        StringBuilder gone = new StringBuilder();
        for (String kind : AuthorizationMatrix.KINDS) {
            Set<String> there = existing.getOrDefault(kind, Set.of());
            Set<String> inTable = listed.getOrDefault(kind, Set.of());
            there.stream().filter(t -> !inTable.contains(t)).forEach(t -> missing.append("\n  ").append(kind).append(' ').append(t));
            inTable.stream().filter(t -> !there.contains(t)).forEach(t -> gone.append("\n  ").append(kind).append(' ').append(t));
        }
        String report = (missing.length() == 0 ? "" : "\ntargets the matrix (" + AuthorizationMatrix.RESOURCE
                + ") does not list; add a row per role (docs/security.md, V4):" + missing)
                + (gone.length() == 0 ? "" : "\nthe matrix lists targets that no longer exist; remove their rows:" + gone);
        assertEquals("", report);
    }

    @Test
    void everyTargetHasARowForEveryRole() {
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Row r : AuthorizationMatrix.rows()) {
            roles.computeIfAbsent(r.kind() + " " + r.request(), k -> new TreeSet<>()).add(r.role());
        }
        String incomplete = roles.entrySet().stream().filter(e -> !e.getValue().equals(AuthorizationMatrix.ROLES))
                .map(e -> e.getKey() + " has only " + e.getValue()).collect(Collectors.joining("\n  "));
        assertEquals("", incomplete, "requests without a row for every role");
    }

    @Test
    void aRowWithAnObjectOfTheCallersOwnHasItsCounterpart() {
        // An "own" row proves little without the "other" row of the same request and role (and the reverse).
        Map<String, Set<String>> ownerships = new TreeMap<>();
        for (Row r : AuthorizationMatrix.rows()) {
            ownerships.computeIfAbsent(r.request() + " | " + r.role(), k -> new TreeSet<>()).add(r.ownership());
        }
        String unpaired = ownerships.entrySet().stream()
                .filter(e -> e.getValue().contains("-") ? e.getValue().size() > 1 : e.getValue().size() != 2)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n  "));
        assertEquals("", unpaired, "own without other (or mixed with -)");
    }

    static Set<String> pages() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Set<String> directories(Set<String> pages) {
        return pages.stream().map(p -> p.substring(0, p.lastIndexOf('/') + 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "METHOD /api/template" of every resource method of the {@code @Path} classes under org.zjcs. */
    static Set<String> restMethods() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : classes()) {
            Path root = c.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                String verb = Arrays.stream(m.getAnnotations()).map(Annotation::annotationType)
                        .map(t -> t.getAnnotation(HttpMethod.class)).filter(h -> h != null).map(HttpMethod::value)
                        .findFirst().orElse(null);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    found.add(verb + " " + join("/api", root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return found;
    }

    /** The url patterns of the application's servlets, except the Faces servlet's (its targets are the pages). */
    static Set<String> servletMappings() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : classes()) {
            WebServlet s = c.getAnnotation(WebServlet.class);
            if (s != null) {
                found.addAll(Arrays.asList(s.value()));
                found.addAll(Arrays.asList(s.urlPatterns()));
            }
        }
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        Matcher m = Pattern.compile("(?s)<servlet-mapping>.*?<servlet-name>(.*?)</servlet-name>(.*?)</servlet-mapping>").matcher(webXml);
        while (m.find()) {
            if (!m.group(1).strip().equals("FacesServlet")) {
                Matcher p = Pattern.compile("<url-pattern>(.*?)</url-pattern>").matcher(m.group(2));
                while (p.find()) {
                    found.add(p.group(1).strip());
                }
            }
        }
        return found;
    }

    static String join(String... parts) {
        String path = Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/"));
        return "/" + path;
    }

    static Set<Class<?>> classes() throws Exception {
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        java.nio.file.Path base = CLASSES.resolve("org/zjcs");
        try (Stream<java.nio.file.Path> files = Files.walk(base)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = CLASSES.relativize(p).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "");
                if (!name.contains("$")) {
                    found.add(Class.forName(name, false, AuthorizationMatrixCoverageTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
