package org.zjcs.security.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/** The settings read by {@code security}: login throttling, the registration review period, invitation and reset-link validity. */
@ApplicationScoped
public class SecuritySettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.LOGIN, LoginThrottle.ACCOUNT_FREE, 5, SettingUnit.COUNT, 1, 100),
                integer(SettingGroup.LOGIN, LoginThrottle.ACCOUNT_MAX_DELAY, 60, SettingUnit.SECONDS, 1, 3600),
                integer(SettingGroup.LOGIN, LoginThrottle.ADDRESS_FREE, 20, SettingUnit.COUNT, 1, 10_000),
                integer(SettingGroup.LOGIN, LoginThrottle.ADDRESS_MAX_DELAY, 300, SettingUnit.SECONDS, 1, 3600),
                integer(SettingGroup.LOGIN, LoginThrottle.FORGET_MINUTES, 15, SettingUnit.MINUTES, 1, 1440),
                integer(SettingGroup.REVIEWS, RegistrationQueue.REVIEW_DAYS, 2, SettingUnit.WORKING_DAYS, 1, 30),
                integer(SettingGroup.ACCOUNTS, MembershipService.VALID_DAYS, 7, SettingUnit.DAYS, 1, 90),
                integer(SettingGroup.ACCOUNTS, PasswordResets.VALID_HOURS, 24, SettingUnit.HOURS, 1, 168));
    }
}
