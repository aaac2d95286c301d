package org.zjcs.shared.export;

import java.util.Objects;

/** One column of an export: its header (a message key, written in the requester's language) and how its cells are typed. */
public record ExportColumn(String headerKey, CellKind kind) {

    public ExportColumn {
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(kind, "kind");
    }

    public static ExportColumn of(String headerKey, CellKind kind) {
        return new ExportColumn(headerKey, kind);
    }
}
