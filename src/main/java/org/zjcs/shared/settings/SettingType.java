package org.zjcs.shared.settings;

/** The type of a setting's value, as stored in {@code setting.value_type}. */
public enum SettingType {
    /** A whole number ("5"; no decimal point, exponent, unit or separator). */
    INT,
    /** A decimal number with at most the definition's scale of decimal places ("100000.00"). */
    DECIMAL
}
