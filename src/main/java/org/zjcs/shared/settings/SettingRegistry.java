package org.zjcs.shared.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting definition of every context ({@link SettingDefinitions} beans, collected with {@code Instance}), in
 * page order (by group, then key). A key declared twice or a constraint naming an unknown key fails at first use and
 * in SettingDefinitionsTest.
 */
@ApplicationScoped
public class SettingRegistry {

    @Inject
    Instance<SettingDefinitions> sources;

    private volatile Catalogue catalogue;

    /** The definitions and constraints of some sources (for tests and tools: the same checks as at run time). */
    public record Catalogue(Map<String, SettingDefinition> byKey, List<SettingConstraint> constraints) {

        public static Catalogue of(Collection<? extends SettingDefinitions> sources) {
            List<SettingDefinition> all = new ArrayList<>();
            List<SettingConstraint> constraints = new ArrayList<>();
            for (SettingDefinitions s : sources) {
                all.addAll(s.definitions());
                constraints.addAll(s.constraints());
            }
            all.sort(Comparator.comparing(SettingDefinition::group).thenComparing(SettingDefinition::key));
            Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
            for (SettingDefinition d : all) {
                if (byKey.putIfAbsent(d.key(), d) != null) {
                    throw new IllegalStateException("setting defined twice: " + d.key());
                }
            }
            for (SettingConstraint c : constraints) {
                for (String k : c.keys()) {
                    if (!byKey.containsKey(k)) {
                        throw new IllegalStateException("constraint " + c.messageKey() + " names an undefined setting " + k);
                    }
                }
            }
            return new Catalogue(java.util.Collections.unmodifiableMap(byKey), List.copyOf(constraints));
        }

        public List<SettingDefinition> definitions() {
            return List.copyOf(byKey.values());
        }
    }

    private Catalogue catalogue() {
        Catalogue c = catalogue;
        if (c == null) {
            List<SettingDefinitions> list = new ArrayList<>();
            sources.forEach(list::add);
            c = Catalogue.of(list);
            catalogue = c;
        }
        return c;
    }

    /** All definitions, in page order. */
    public List<SettingDefinition> definitions() {
        return catalogue().definitions();
    }

    public Optional<SettingDefinition> find(String key) {
        return Optional.ofNullable(key == null ? null : catalogue().byKey().get(key));
    }

    /** The constraints that name {@code key}. */
    public List<SettingConstraint> constraintsOf(String key) {
        return catalogue().constraints().stream().filter(c -> c.keys().contains(key)).toList();
    }
}
