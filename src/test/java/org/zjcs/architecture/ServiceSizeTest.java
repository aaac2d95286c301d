package org.zjcs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Application services are cut by actor and use case (docs/architecture.md): none is over 250 lines, and none holds
 * more than {@value #MAX_COLLABORATORS} collaborators besides the ones every service may have (clock, current actor,
 * audit, events, settings).
 */
class ServiceSizeTest {

    static final int MAX_LINES = 250;
    static final int MAX_COLLABORATORS = 6;
    static final Set<String> AMBIENT = Set.of("Clock", "Guard", "AuditService", "Event", "SettingsService", "EntityManager",
            "String", "int", "long", "boolean", "Integer", "Long", "Duration");
    static final Pattern INJECTED = Pattern.compile("@Inject\\s+(?:@[A-Za-z]+(?:\\([^)]*\\))?\\s+)*(?:private |protected )?(?:final )?([A-Za-z]+)(?:<[^;]*>)?\\s+[a-zA-Z]+\\s*;");

    static List<Path> services() throws IOException {
        try (Stream<Path> files = Files.walk(DependencyRulesTest.SOURCES)) {
            return files.filter(f -> f.getParent().getFileName().toString().equals("application"))
                    .filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noServiceIsOver250Lines() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> services = services();
        for (Path file : services) {
            long lines = Files.readAllLines(file).size();
            if (lines > MAX_LINES) {
                violations.add(DependencyRulesTest.SOURCES.relativize(file) + ": " + lines + " lines");
            }
        }
        assertTrue(services.size() > 50, "the services were read: " + services.size());
        assertEquals(List.of(), violations, "services over " + MAX_LINES + " lines");
    }

    @Test
    void noServiceHasMoreThanSixCollaborators() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : services()) {
            Matcher m = INJECTED.matcher(DependencyRulesTest.read(file));
            List<String> collaborators = new ArrayList<>();
            while (m.find()) {
                if (!AMBIENT.contains(m.group(1))) {
                    collaborators.add(m.group(1));
                }
            }
            if (collaborators.size() > MAX_COLLABORATORS) {
                violations.add(DependencyRulesTest.SOURCES.relativize(file) + ": " + collaborators);
            }
        }
        assertEquals(List.of(), violations, "services with more than " + MAX_COLLABORATORS + " collaborators");
    }
}
