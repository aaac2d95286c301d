package org.zjcs.firm.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code firm}: how early a firm is warned of an expiring qualification. */
@ApplicationScoped
public class FirmSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(integer(SettingGroup.REVIEWS, QualificationExpiryService.WARNING_DAYS, 30, SettingUnit.DAYS, 1, 365));
    }
}
