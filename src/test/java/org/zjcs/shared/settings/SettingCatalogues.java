package org.zjcs.shared.settings;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings catalogue as the running application builds it (every {@link SettingDefinitions} bean), found without a
 * container: every concrete class under target/classes that implements the interface. Used by the unit test and by
 * SettingsIT (which compares it with the test database).
 */
public final class SettingCatalogues {

    private SettingCatalogues() {
    }

    public static List<SettingDefinitions> sources() {
        Path root = Path.of("target/classes");
        List<SettingDefinitions> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/zjcs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SettingCatalogues.class.getClassLoader());
                if (SettingDefinitions.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    var ctor = c.getDeclaredConstructor();
                    ctor.setAccessible(true);
                    found.add((SettingDefinitions) ctor.newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new AssertionError("cannot read the setting definitions under target/classes", e);
        }
        if (found.isEmpty()) {
            throw new AssertionError("no SettingDefinitions class under target/classes (compile first)");
        }
        return found;
    }

    public static SettingRegistry.Catalogue catalogue() {
        return SettingRegistry.Catalogue.of(sources());
    }
}
