package org.zjcs.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A query string for a link (a page's filters and cursor): empty values are left out, values are URL-encoded. */
public final class QueryString {

    private final StringJoiner parts = new StringJoiner("&");

    public QueryString add(String name, Object value) {
        String v = value == null ? null : value.toString();
        if (name != null && v != null && !v.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
