package org.zjcs.shared.settings;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;

/**
 * What an operator may set under one key: its type, default, unit and valid range (inclusive), and the page section.
 * Its name and description are the message keys {@code setting.<key>.name} and {@code setting.<key>.description}.
 * {@link #parse} is the one check of a typed value: empty, of the wrong type or outside the range is refused with a
 * message key, and an accepted value is stored in its canonical text ({@link #canonical}).
 */
public record SettingDefinition(String key, SettingGroup group, SettingType type, BigDecimal defaultValue, SettingUnit unit,
                                BigDecimal min, BigDecimal max, int scale) {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?");

    public SettingDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(group);
        Objects.requireNonNull(type);
        Objects.requireNonNull(unit);
        if (min.compareTo(max) > 0 || defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException("default of " + key + " outside its range");
        }
        if (type == SettingType.INT && scale != 0) {
            throw new IllegalArgumentException("an INT setting has no decimals: " + key);
        }
    }

    /** A whole-number setting. */
    public static SettingDefinition integer(SettingGroup group, String key, int defaultValue, SettingUnit unit, int min, int max) {
        return new SettingDefinition(key, group, SettingType.INT, BigDecimal.valueOf(defaultValue), unit,
                BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0);
    }

    /** A decimal setting with at most {@code scale} decimal places (e.g. 2 for yuan). */
    public static SettingDefinition decimal(SettingGroup group, String key, String defaultValue, SettingUnit unit,
                                            String min, String max, int scale) {
        return new SettingDefinition(key, group, SettingType.DECIMAL, new BigDecimal(defaultValue).setScale(scale), unit,
                new BigDecimal(min).setScale(scale), new BigDecimal(max).setScale(scale), scale);
    }

    public String nameKey() {
        return "setting." + key + ".name";
    }

    public String descriptionKey() {
        return "setting." + key + ".description";
    }

    /** The canonical text of a value of this setting ("5", "100000.00"), as stored. */
    public String canonical(BigDecimal value) {
        return type == SettingType.INT ? value.toBigIntegerExact().toString() : value.setScale(scale).toPlainString();
    }

    public String defaultText() {
        return canonical(defaultValue);
    }

    public String minText() {
        return canonical(min);
    }

    public String maxText() {
        return canonical(max);
    }

    /**
     * The value an operator typed, checked: not empty (setting.error.empty), a whole number for INT and a plain
     * decimal with at most {@link #scale} places for DECIMAL — no exponent, unit or separator
     * (setting.error.notInteger / notDecimal) — and within [min, max] (setting.error.outOfRange). Full-width digits
     * (as a Chinese input method types them) count as digits.
     */
    public BigDecimal parse(String typed) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            throw new DomainException("setting.error.empty", new DomainException.Label(nameKey()));
        }
        String shown = typed.strip();
        BigDecimal value;
        if (type == SettingType.INT) {
            if (!INTEGER.matcher(text).matches()) {
                throw new DomainException("setting.error.notInteger", new DomainException.Label(nameKey()), shown);
            }
            value = new BigDecimal(text);
        } else {
            if (!DECIMAL.matcher(text).matches() || new BigDecimal(text).stripTrailingZeros().scale() > scale) {
                throw new DomainException("setting.error.notDecimal", new DomainException.Label(nameKey()), shown,
                        String.valueOf(scale));
            }
            value = new BigDecimal(text).setScale(scale);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new DomainException("setting.error.outOfRange", new DomainException.Label(nameKey()), shown, minText(),
                    maxText());
        }
        return value;
    }

    /**
     * The value stored in the table, read as this setting's type, or null if it cannot be read (then the code uses
     * the default, as {@link SettingsService} does).
     */
    public BigDecimal read(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(stored.trim());
            return type == SettingType.INT ? new BigDecimal(v.toBigIntegerExact()) : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                b.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF0E') {
                b.append('.');
            } else if (c == '\uFF0D') {
                b.append('-');
            } else if (c == '\uFF0B') {
                b.append('+');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
