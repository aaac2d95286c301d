package org.zjcs.shared.export;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.zjcs.shared.error.DomainException;

/**
 * The filters of an export, as the list page has them (key → value), stored with the job as {@code key=value} lines.
 * Keys are short codes ({@code [a-zA-Z][a-zA-Z0-9]{0,31}}); values one line of at most 200 characters.
 */
public final class ExportParameters {

    public static final int MAX_VALUE = 200;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,31}");

    private final Map<String, String> values;

    private ExportParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @throws DomainException {@code export.error.parameters} for a bad key or value, or more than 20 entries */
    public static ExportParameters of(Map<String, String> in) {
        TreeMap<String, String> m = new TreeMap<>();
        if (in != null) {
            if (in.size() > 20) {
                throw new DomainException("export.error.parameters");
            }
            for (Map.Entry<String, String> e : in.entrySet()) {
                String v = e.getValue();
                if (e.getKey() == null || !KEY.matcher(e.getKey()).matches() || (v != null && (v.length() > MAX_VALUE
                        || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0))) {
                    throw new DomainException("export.error.parameters");
                }
                if (v != null && !v.isBlank()) {
                    m.put(e.getKey(), v.strip());
                }
            }
        }
        return new ExportParameters(m);
    }

    public static ExportParameters parse(String text) {
        TreeMap<String, String> m = new TreeMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return new ExportParameters(m);
    }

    /** The same filters with {@code key} set (a source fixes the requester's scope, e.g. its own organisation). */
    public ExportParameters with(String key, String value) {
        TreeMap<String, String> m = new TreeMap<>(values);
        m.put(key, value);
        return new ExportParameters(m);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** A whole number, or null when absent; {@code export.error.parameters} when not a number. */
    public Long longValue(String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException("export.error.parameters");
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
