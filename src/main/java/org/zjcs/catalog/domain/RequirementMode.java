package org.zjcs.catalog.domain;

/** Whether a firm needs every required qualification of an item or any one of them. */
public enum RequirementMode {
    ALL_OF, ANY_OF
}
