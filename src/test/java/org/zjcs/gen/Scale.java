package org.zjcs.gen;

import java.util.Locale;

/**
 * The sizes of a generated database. Owner units are about one per ten notices, approval cases one per notice;
 * submissions come to about ten per notice (enrolments with their revisions, withdrawals and re-enrolments).
 */
record Scale(String name, int firms, int notices, int owners, int departments) {

    static final Scale SMALL = new Scale("small", 300, 3_000, 300, 10);
    static final Scale CITY = new Scale("city", 10_000, 100_000, 10_000, 40);
    static final Scale PROVINCE = new Scale("province", 100_000, 1_000_000, 100_000, 150);

    static Scale of(String name) {
        return switch (name == null ? "small" : name.trim().toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "city" -> CITY;
            case "province" -> PROVINCE;
            default -> throw new IllegalArgumentException("zjcs.gen.scale must be small, city or province, not " + name);
        };
    }

    /** The submissions the scale promises (about ten per notice). */
    long submissions() {
        return notices * 10L;
    }

    /** The rows a run writes, roughly: for the progress bar's percent and ETA. */
    long expectedRows() {
        return notices * 33L + firms * 10L + owners * 6L;
    }
}
