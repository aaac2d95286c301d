package org.zjcs.shared.settings;

/** The sections of the settings page, in page order; named by {@code setting.group.<NAME>}. */
public enum SettingGroup {
    LOGIN, RATE_LIMITS, UPLOADS, ACCOUNTS, REVIEWS, NOTICES, SELECTION, CONTRACTS, DELIVERY, CREDIT, COMPLAINTS, SUPERVISION, RISKS, EXPORTS;

    public String messageKey() {
        return "setting.group." + name();
    }
}
