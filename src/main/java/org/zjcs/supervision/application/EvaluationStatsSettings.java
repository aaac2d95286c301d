package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings of the 好差评 statistics: the longest period a statistics query may cover. */
@ApplicationScoped
public class EvaluationStatsSettings implements SettingDefinitions {

    public static final String MAX_PERIOD_DAYS = "supervision.stats.max-period-days";
    public static final int MAX_PERIOD_DAYS_DEFAULT = 366;

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(integer(SettingGroup.SUPERVISION, MAX_PERIOD_DAYS, MAX_PERIOD_DAYS_DEFAULT, SettingUnit.DAYS, 1, 3660));
    }
}
