package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings of the supervision board (电子监察): the due-soon window and the longest period of its statistics. */
@ApplicationScoped
public class BoardSettings implements SettingDefinitions {

    public static final String DUE_SOON_HOURS = "supervision.board.due-soon-hours";
    public static final int DUE_SOON_HOURS_DEFAULT = 24;
    public static final String MAX_PERIOD_DAYS = "supervision.board.max-period-days";
    public static final int MAX_PERIOD_DAYS_DEFAULT = 366;

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.SUPERVISION, DUE_SOON_HOURS, DUE_SOON_HOURS_DEFAULT, SettingUnit.HOURS, 1, 720),
                integer(SettingGroup.SUPERVISION, MAX_PERIOD_DAYS, MAX_PERIOD_DAYS_DEFAULT, SettingUnit.DAYS, 7, 3660));
    }
}
