package org.zjcs.shared.export;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings of the Excel exports: the row limit and how long a finished file is kept. */
@ApplicationScoped
public class ExportSettings implements SettingDefinitions {

    public static final String MAX_ROWS = "export.max-rows";
    public static final int MAX_ROWS_DEFAULT = 100_000;
    public static final String KEEP_HOURS = "export.keep-hours";
    public static final int KEEP_HOURS_DEFAULT = 72;

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.EXPORTS, MAX_ROWS, MAX_ROWS_DEFAULT, SettingUnit.COUNT, 1, 1_000_000),
                integer(SettingGroup.EXPORTS, KEEP_HOURS, KEEP_HOURS_DEFAULT, SettingUnit.HOURS, 1, 720));
    }
}
