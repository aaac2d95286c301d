package org.zjcs.firm.domain;

/**
 * A firm's licence data as its business licence (营业执照) states it: name, unified social credit code, legal
 * representative, registered address with its district, and the licence file. Changed only through the operator's
 * review ({@link LicenceChange}).
 */
public record LicenceData(String name, String creditCode, String legalRepresentative, String address, String regionCode,
                          Long licenceFileId) {

    /** Whether {@code other} changes nothing but (possibly) the licence file. */
    public boolean sameTextAs(LicenceData other) {
        return name.equals(other.name) && java.util.Objects.equals(creditCode, other.creditCode)
                && legalRepresentative.equals(other.legalRepresentative) && address.equals(other.address)
                && regionCode.equals(other.regionCode);
    }
}
