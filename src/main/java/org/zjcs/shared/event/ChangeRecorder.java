package org.zjcs.shared.event;

import java.util.Map;

/**
 * Port through which code in {@code shared} records a change of state in the audit chain without
 * depending on the audit context (which implements it). Joins the caller's transaction.
 */
public interface ChangeRecorder {

    void record(String action, String objectType, String objectId, Map<String, ?> details);
}
