package org.zjcs.portal.application;

import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.zjcs.procurement.domain.SelectionMethod;

/**
 * The filters of the public results list: service item, province (its two-digit code prefix), method; all optional.
 * {@link #parse} reads them from request text and names the first bad value: an unknown item, province or method is
 * never silently ignored.
 */
public record ResultFilter(Long serviceItemId, String provincePrefix, SelectionMethod method) {

    public static final ResultFilter NONE = new ResultFilter(null, null, null);

    /** The filter read from the request, or the message key of the first bad value (and the filter without it). */
    public record Parsed(ResultFilter filter, String errorKey, String badValue) {
        public boolean valid() {
            return errorKey == null;
        }
    }

    public static final String BAD_ITEM = "portal.results.error.item";
    public static final String BAD_PROVINCE = "portal.results.error.province";
    public static final String BAD_METHOD = "portal.results.error.method";

    /**
     * Reads the filters: {@code item} the id of a service item in force, {@code province} a six-digit province code
     * (or its two-digit prefix), {@code method} a selection method's name. Blank means "any".
     */
    public static Parsed parse(String item, String province, String method, LongPredicate knownItem,
                               Predicate<String> knownProvince) {
        Long itemId = null;
        String error = null;
        String bad = null;
        if (!blank(item)) {
            String t = item.trim();
            if (t.matches("[0-9]{1,12}") && knownItem.test(Long.parseLong(t))) {
                itemId = Long.valueOf(t);
            } else {
                error = BAD_ITEM;
                bad = t;
            }
        }
        String prefix = null;
        if (!blank(province)) {
            String t = province.trim();
            String code = t.matches("[0-9]{2}") ? t + "0000" : t;
            if (code.matches("[0-9]{2}0000") && knownProvince.test(code)) {
                prefix = code.substring(0, 2);
            } else if (error == null) {
                error = BAD_PROVINCE;
                bad = t;
            }
        }
        SelectionMethod m = null;
        if (!blank(method)) {
            String t = method.trim();
            if (METHODS.contains(t)) {
                m = SelectionMethod.valueOf(t);
            } else if (error == null) {
                error = BAD_METHOD;
                bad = t;
            }
        }
        return new Parsed(new ResultFilter(itemId, prefix, m), error, bad);
    }

    private static final Set<String> METHODS = java.util.Arrays.stream(SelectionMethod.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
