package org.zjcs.shared.export;

import java.util.List;

/**
 * An exportable list (firms, notices, results, credit lists, the audit log, the board's lists…), implemented by the
 * context that owns it as a CDI bean; {@link ExportService} collects every implementation with
 * {@code Instance<ExportSource>}, so {@code shared} imports none of them and a new list joins by adding a source.
 *
 * <p>{@link #authorize} runs in the requester's call and checks, against the context's Guard, the role AND the scope
 * (an owner exports only its own notices): it answers the parameters with the scope fixed in, which the background run
 * then uses without a logged-in caller. {@link #countUpTo} and {@link #rows} run in the background, each call in its
 * own short read-only transaction: plain SELECTs by an indexed keyset, never {@code FOR UPDATE}.
 */
public interface ExportSource {

    /** The kind, an upper-case code unique among the sources (e.g. {@code FIRMS}); also {@code export.kind.<kind>} in the bundles. */
    String kind();

    /**
     * Checks that the caller may export this list with these filters and fixes its scope in them.
     *
     * @throws org.zjcs.shared.error.DomainException {@code security.error.loginRequired}, {@code security.error.forbidden},
     *         {@code export.error.parameters} for an unknown filter value
     */
    ExportParameters authorize(ExportParameters requested);

    /** The columns, in order. */
    List<ExportColumn> columns();

    /** How many rows the export has, counting at most {@code limit} (a bounded count: {@code LIMIT limit}). */
    long countUpTo(ExportParameters parameters, long limit);

    /** At most {@code size} rows after the keyset position {@code afterKey} ({@code null}: from the start), in list order. */
    List<ExportRow> rows(ExportParameters parameters, String afterKey, int size);
}
