package org.zjcs.catalog.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a catalogue item: in force, or retired. Items are never deleted, because notices refer
 * to them; a retired item can no longer be procured and can be put back in force.
 */
public enum ServiceItemStatus {
    IN_FORCE, RETIRED;

    public ServiceItemStatus retire() {
        if (this != IN_FORCE) {
            throw new DomainException("catalog.error.alreadyRetired");
        }
        return RETIRED;
    }

    public ServiceItemStatus reinstate() {
        if (this != RETIRED) {
            throw new DomainException("catalog.error.notRetired");
        }
        return IN_FORCE;
    }
}
