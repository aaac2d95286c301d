package org.zjcs.supervision.application;

import java.util.List;
import org.zjcs.supervision.domain.DueKind;

/**
 * Where the items of one {@link DueKind} come from: a native read query on the owning context's tables (see
 * {@link DueSources}). The query's columns, in this order: ref_id, ref_part, party_type, party_id, firm_id, owner_id,
 * department_id, service_item_id, region_code, notice_id, case_number, opened_at (the start of the limit), done_at (the
 * step taken, the source's own timestamp; NULL while open), moot (1: the step will never be taken, e.g. the notice was
 * cancelled), due_at (the due instant the context stored, or NULL to compute it: {@link DueLimits}), and two inputs of
 * that computation.
 *
 * @param key      the watermark key in {@code due_watermark} (the kind, or the kind and a suffix for a second source)
 * @param select   the column list
 * @param from     FROM … WHERE … (every source has a WHERE; the tracker appends {@code AND} its filter)
 * @param groupBy  GROUP BY clause or empty
 * @param opened   the expression of the opening instant (the keyset reads forward by it)
 * @param ref      the expression of ref_id
 * @param part     the expression of ref_part
 * @param byKey    how the tracker finds given items again: by ref, by part or by the pair
 */
record DueSource(String key, DueKind kind, String select, String from, String groupBy, String opened, String ref,
                 String part, ByKey byKey) {

    /** Which expression names a source row when the tracker re-reads open items. */
    enum ByKey { REF, PART, PAIR }

    static final int COLUMNS = 17;

    /**
     * The query of the rows opened after the keyset position and before an instant (a window: the sort of one batch
     * never covers more than the window's rows), in order; parameters: the position's instant twice, ref twice, part,
     * the window's end.
     */
    String forward() {
        return "SELECT " + select + " FROM " + from + " AND " + opened + " < ? AND (" + opened + " > ? OR (" + opened + " = ? AND (" + ref
                + " > ? OR (" + ref + " = ? AND " + part + " > ?))))" + groupBy + " ORDER BY " + opened + ", " + ref
                + (part.matches("\\d+") ? "" : ", " + part);   // ORDER BY 0 would name a column position
    }

    /** The query of the given items' source rows (the keys are numbers from due_item: no text reaches the SQL). */
    String byKeys(List<long[]> keys) {
        StringBuilder in = new StringBuilder();
        for (long[] k : keys) {
            in.append(in.isEmpty() ? "" : ",");
            switch (byKey) {
                case REF -> in.append(k[0]);
                case PART -> in.append(k[1]);
                case PAIR -> in.append('(').append(k[0]).append(',').append(k[1]).append(')');
            }
        }
        String column = switch (byKey) {
            case REF -> ref;
            case PART -> part;
            case PAIR -> "(" + ref + ", " + part + ")";
        };
        return "SELECT " + select + " FROM " + from + " AND " + column + " IN (" + in + ")" + groupBy;
    }
}
