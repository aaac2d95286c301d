package org.zjcs.shared.settings;

/** What a setting's number counts; named on the settings page by {@code setting.unit.<NAME>}. */
public enum SettingUnit {
    WORKING_DAYS, DAYS, HOURS, MINUTES, SECONDS, BYTES, MEGABYTES, YUAN, POINTS, COUNT, PERCENT;

    public String messageKey() {
        return "setting.unit." + name();
    }
}
