package org.zjcs.delivery.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code delivery}: the departments' check time limit (shown with the contracts' time limits). */
@ApplicationScoped
public class DeliverySettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(integer(SettingGroup.DELIVERY, CheckLimits.DAYS, CheckLimits.DAYS_DEFAULT,
                SettingUnit.WORKING_DAYS, 1, 30));
    }
}
