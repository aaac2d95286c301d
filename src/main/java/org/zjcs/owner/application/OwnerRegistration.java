package org.zjcs.owner.application;

import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.shared.storage.Upload;

/** What an owner organisation submits to register: the unit, its first (unit admin) account and its certificate. */
public record OwnerRegistration(String name, String creditCode, OwnerUnit.Details details, String username, String password,
                                String displayName, Upload certificate) {
}
