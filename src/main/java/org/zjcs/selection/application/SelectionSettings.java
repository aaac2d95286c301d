package org.zjcs.selection.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code selection}: the publicity period and the owner's time to answer an objection. */
@ApplicationScoped
public class SelectionSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.SELECTION, SelectionPeriods.PUBLICITY_DAYS, 3, SettingUnit.WORKING_DAYS, 1, 30),
                integer(SettingGroup.SELECTION, SelectionPeriods.ANSWER_DAYS, 3, SettingUnit.WORKING_DAYS, 1, 30));
    }
}
