package org.zjcs.shared.settings;

import java.util.List;

/**
 * The settings one context owns (a port: each context that reads settings implements it as one small CDI bean,
 * e.g. {@code credit.application.CreditSettings}; {@link SettingRegistry} collects them). A new setting is one line in
 * its context's bean, a row inserted by a migration, two message keys ({@code setting.<key>.name},
 * {@code setting.<key>.description}) in both bundles and a row in docs/operations.md; SettingDefinitionsTest fails
 * until all four agree.
 */
public interface SettingDefinitions {

    List<SettingDefinition> definitions();

    /** Rules across several of these settings (none by default). */
    default List<SettingConstraint> constraints() {
        return List.of();
    }
}
