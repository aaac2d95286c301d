package org.zjcs.procurement.application;

import static org.zjcs.shared.settings.SettingDefinition.decimal;
import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code procurement}: the shortest enrolment period, the direct-pick threshold. */
@ApplicationScoped
public class ProcurementSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.NOTICES, NoticeCalendar.MIN_DAYS, 3, SettingUnit.WORKING_DAYS, 1, 60),
                decimal(SettingGroup.NOTICES, NoticeCalendar.DIRECT_PICK_THRESHOLD, "100000.00", SettingUnit.YUAN,
                        "0.00", "100000000.00", 2));
    }
}
