package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings of the monthly rankings (issue 17 part 4). */
@ApplicationScoped
public class RankingSettings implements SettingDefinitions {

    /** Units that closed fewer due items in the month are listed as "too few to rank". */
    public static final String MIN_ITEMS = "supervision.ranking.min-items";
    public static final int MIN_ITEMS_DEFAULT = 5;

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(integer(SettingGroup.SUPERVISION, MIN_ITEMS, MIN_ITEMS_DEFAULT, SettingUnit.COUNT, 1, 1000));
    }
}
