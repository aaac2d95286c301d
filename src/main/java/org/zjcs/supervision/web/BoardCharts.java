package org.zjcs.supervision.web;

import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configurations of the board's charts (PrimeFaces 15 {@code p:chart value}), built as JSON text from
 * the same rows as the tables beside them; every label comes from the bundles (given in by the caller).
 */
public final class BoardCharts {

    static final String RED = "#c0392b";
    static final String AMBER = "#e6a23c";
    static final String BLUE = "#2f6fb0";
    static final String GREEN = "#3c8d5a";

    private BoardCharts() {
    }

    /** One series: its label, colour and values. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    public static String bar(List<String> labels, List<Series> series, String yTitle) {
        return chart("bar", labels, series, yTitle, false);
    }

    public static String line(List<String> labels, List<Series> series, String yTitle) {
        return chart("line", labels, series, yTitle, true);
    }

    private static String chart(String type, List<String> labels, List<Series> series, String yTitle, boolean line) {
        StringBuilder b = new StringBuilder("{\"type\":\"").append(type).append("\",\"data\":{\"labels\":");
        array(b, labels, BoardCharts::string);
        b.append(",\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            b.append(i == 0 ? "" : ",").append("{\"label\":").append(string(s.label()))
                    .append(",\"backgroundColor\":").append(string(s.colour()))
                    .append(",\"borderColor\":").append(string(s.colour()))
                    .append(line ? ",\"fill\":false,\"tension\":0.2" : "").append(",\"data\":");
            array(b, s.values(), String::valueOf);
            b.append('}');
        }
        b.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,")
                .append("\"scales\":{\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":")
                .append(string(yTitle)).append("}}}}}");
        return b.toString();
    }

    private static <T> void array(StringBuilder b, List<T> values, Function<T, String> json) {
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append(json.apply(values.get(i)));
        }
        b.append(']');
    }

    /** A JSON string literal (quotes, backslashes, control characters and '<' escaped: safe inside HTML too). */
    static String string(String s) {
        if (s == null) {
            return "\"\"";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
