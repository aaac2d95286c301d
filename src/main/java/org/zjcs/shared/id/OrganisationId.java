package org.zjcs.shared.id;

/** The id of any organisation: firm, owner unit, approval department or regulator (security owns it), typed where it crosses a context's border so that a firm id cannot be passed as a notice id. */
public record OrganisationId(long value) {

    public OrganisationId {
        if (value <= 0) {
            throw new IllegalArgumentException("OrganisationId must be positive: " + value);
        }
    }

    public static OrganisationId of(long value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
