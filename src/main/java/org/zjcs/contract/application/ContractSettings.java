package org.zjcs.contract.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code contract}: the filing time limit and the other party's answer time limit. */
@ApplicationScoped
public class ContractSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(integer(SettingGroup.CONTRACTS, ContractLookup.FILING_DAYS, ContractLookup.FILING_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 60),
                integer(SettingGroup.CONTRACTS, ContractLookup.ANSWER_DAYS, ContractLookup.ANSWER_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 30));
    }
}
