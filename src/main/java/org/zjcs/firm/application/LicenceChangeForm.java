package org.zjcs.firm.application;

/**
 * A firm's new licence data as it submits it for review: name, unified social credit code, legal representative,
 * registered address and its district, and the new business licence file (required).
 */
public record LicenceChangeForm(String name, String creditCode, String legalRepresentative, String address, String regionCode,
                                RegistrationForm.Upload licence) {
}
