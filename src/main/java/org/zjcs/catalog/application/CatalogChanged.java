package org.zjcs.catalog.application;

/** Fired when the regulator creates, changes, retires or reinstates a service item (observed after the commit). */
public record CatalogChanged(long itemId) {
}
