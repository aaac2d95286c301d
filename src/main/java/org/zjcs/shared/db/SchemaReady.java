package org.zjcs.shared.db;

/** CDI event fired once at start-up, after the migrations (and the demo data, in demo mode) are applied. */
public record SchemaReady(boolean demo) {
}
