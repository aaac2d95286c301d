package org.zjcs.shared.id;

/** The id of an intermediary firm's organisation (firm owns it; every later context refers to it), typed where it crosses a context's border so that a firm id cannot be passed as a notice id. */
public record FirmId(long value) {

    public FirmId {
        if (value <= 0) {
            throw new IllegalArgumentException("FirmId must be positive: " + value);
        }
    }

    public static FirmId of(long value) {
        return new FirmId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
