package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.supervision.domain.risk.RiskThresholds;

/** The settings of the risk warnings and of the supervision API keys (group RISKS; docs/operations.md). */
@ApplicationScoped
public class RiskSettings implements SettingDefinitions {

    public static final String WINDOW_DAYS = "risk.window-days";
    public static final String WIN_SHARE_PERCENT = "risk.win-share.percent";
    public static final String WIN_SHARE_MIN_NOTICES = "risk.win-share.min-notices";
    public static final String DIRECT_PICK_COUNT = "risk.direct-pick.count";
    public static final String DIRECT_PICK_PERCENT = "risk.direct-pick.percent";
    public static final String COHORT_MIN_NOTICES = "risk.cohort.min-notices";
    public static final String COHORT_PERCENT = "risk.cohort.percent";
    public static final String CEILING_BAND_PERCENT = "risk.ceiling.band-percent";
    public static final String CEILING_SHARE_PERCENT = "risk.ceiling.share-percent";
    public static final String CEILING_MIN_BIDS = "risk.ceiling.min-bids";
    public static final String CANCEL_COUNT = "risk.cancel.count";
    public static final String API_PER_MINUTE = "risk.api.requests-per-minute";
    public static final int WINDOW_DAYS_DEFAULT = 365;
    public static final int API_PER_MINUTE_DEFAULT = 120;

    @Inject
    SettingsService settings;

    @Override
    public List<SettingDefinition> definitions() {
        RiskThresholds d = RiskThresholds.defaults();
        return List.of(
                integer(SettingGroup.RISKS, WINDOW_DAYS, WINDOW_DAYS_DEFAULT, SettingUnit.DAYS, 7, 1830),
                integer(SettingGroup.RISKS, WIN_SHARE_PERCENT, d.winSharePercent(), SettingUnit.PERCENT, 1, 100),
                integer(SettingGroup.RISKS, WIN_SHARE_MIN_NOTICES, d.winShareMinNotices(), SettingUnit.COUNT, 2, 1000),
                integer(SettingGroup.RISKS, DIRECT_PICK_COUNT, d.directPickCount(), SettingUnit.COUNT, 1, 1000),
                integer(SettingGroup.RISKS, DIRECT_PICK_PERCENT, d.directPickPercent(), SettingUnit.PERCENT, 1, 100),
                integer(SettingGroup.RISKS, COHORT_MIN_NOTICES, d.cohortMinNotices(), SettingUnit.COUNT, 2, 1000),
                integer(SettingGroup.RISKS, COHORT_PERCENT, d.cohortPercent(), SettingUnit.PERCENT, 1, 100),
                integer(SettingGroup.RISKS, CEILING_BAND_PERCENT, d.ceilingBandPercent(), SettingUnit.PERCENT, 1, 50),
                integer(SettingGroup.RISKS, CEILING_SHARE_PERCENT, d.ceilingSharePercent(), SettingUnit.PERCENT, 1, 100),
                integer(SettingGroup.RISKS, CEILING_MIN_BIDS, d.ceilingMinBids(), SettingUnit.COUNT, 2, 1000),
                integer(SettingGroup.RISKS, CANCEL_COUNT, d.cancelCount(), SettingUnit.COUNT, 1, 1000),
                integer(SettingGroup.RISKS, API_PER_MINUTE, API_PER_MINUTE_DEFAULT, SettingUnit.COUNT, 1, 100000));
    }

    /** The thresholds as set now. */
    public RiskThresholds thresholds() {
        RiskThresholds d = RiskThresholds.defaults();
        return new RiskThresholds(settings.intValue(WIN_SHARE_PERCENT, d.winSharePercent()),
                settings.intValue(WIN_SHARE_MIN_NOTICES, d.winShareMinNotices()),
                settings.intValue(DIRECT_PICK_COUNT, d.directPickCount()),
                settings.intValue(DIRECT_PICK_PERCENT, d.directPickPercent()),
                settings.intValue(COHORT_MIN_NOTICES, d.cohortMinNotices()),
                settings.intValue(COHORT_PERCENT, d.cohortPercent()),
                settings.intValue(CEILING_BAND_PERCENT, d.ceilingBandPercent()),
                settings.intValue(CEILING_SHARE_PERCENT, d.ceilingSharePercent()),
                settings.intValue(CEILING_MIN_BIDS, d.ceilingMinBids()),
                settings.intValue(CANCEL_COUNT, d.cancelCount()));
    }

    public int windowDays() {
        return Math.max(1, settings.intValue(WINDOW_DAYS, WINDOW_DAYS_DEFAULT));
    }

    public int apiPerMinute() {
        return Math.max(1, settings.intValue(API_PER_MINUTE, API_PER_MINUTE_DEFAULT));
    }
}
