package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code supervision}: the complaint period and the regulators' answer time limit. */
@ApplicationScoped
public class SupervisionSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.COMPLAINTS, ComplaintPeriods.PERIOD_DAYS, ComplaintPeriods.PERIOD_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 30),
                integer(SettingGroup.COMPLAINTS, ComplaintPeriods.ANSWER_DAYS, ComplaintPeriods.ANSWER_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 60));
    }
}
