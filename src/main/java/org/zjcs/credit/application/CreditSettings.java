package org.zjcs.credit.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingConstraint;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code credit}: the score's start and level thresholds (descending), repair and evaluation periods. */
@ApplicationScoped
public class CreditSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.CREDIT, CreditService.START, 100, SettingUnit.POINTS, 0, 1000),
                integer(SettingGroup.CREDIT, CreditService.LEVEL_A, 90, SettingUnit.POINTS, 0, 1000),
                integer(SettingGroup.CREDIT, CreditService.LEVEL_B, 75, SettingUnit.POINTS, 0, 1000),
                integer(SettingGroup.CREDIT, CreditService.LEVEL_C, 60, SettingUnit.POINTS, 0, 1000),
                integer(SettingGroup.CREDIT, CreditRepairService.REPAIR_MIN_DAYS, CreditRepairService.DEFAULT_REPAIR_MIN_DAYS,
                        SettingUnit.DAYS, 1, 3650),
                integer(SettingGroup.CREDIT, EvaluationDeadlines.EVALUATION_DAYS, 3, SettingUnit.WORKING_DAYS, 1, 60),
                integer(SettingGroup.CREDIT, EvaluationDeadlines.APPEAL_DAYS, 5, SettingUnit.WORKING_DAYS, 1, 60),
                integer(SettingGroup.CREDIT, EvaluationDeadlines.RATING_DAYS, 3, SettingUnit.WORKING_DAYS, 1, 30));
    }

    @Override
    public List<SettingConstraint> constraints() {
        return List.of(SettingConstraint.descending("setting.error.creditLevels",
                CreditService.LEVEL_A, CreditService.LEVEL_B, CreditService.LEVEL_C));
    }
}
