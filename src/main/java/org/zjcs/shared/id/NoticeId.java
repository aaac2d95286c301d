package org.zjcs.shared.id;

/** The id of a procurement notice (procurement owns it; selection, contract, delivery and credit refer to it), typed where it crosses a context's border so that a firm id cannot be passed as a notice id. */
public record NoticeId(long value) {

    public NoticeId {
        if (value <= 0) {
            throw new IllegalArgumentException("NoticeId must be positive: " + value);
        }
    }

    public static NoticeId of(long value) {
        return new NoticeId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
