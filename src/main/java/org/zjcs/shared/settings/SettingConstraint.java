package org.zjcs.shared.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rule across several settings (e.g. the credit level thresholds descend). {@code holds} gets the values of
 * {@code keys}, in that order, as they would be after a change; when it does not hold, the change is refused with
 * {@code messageKey} and those values as arguments.
 */
public record SettingConstraint(String messageKey, List<String> keys, Predicate<List<BigDecimal>> holds) {

    public SettingConstraint {
        keys = List.copyOf(keys);
    }

    /** The values of {@code keys} must not increase: {@code keys[0] >= keys[1] >= …}. */
    public static SettingConstraint descending(String messageKey, String... keys) {
        return new SettingConstraint(messageKey, List.of(keys), values -> {
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i - 1).compareTo(values.get(i)) < 0) {
                    return false;
                }
            }
            return true;
        });
    }
}
