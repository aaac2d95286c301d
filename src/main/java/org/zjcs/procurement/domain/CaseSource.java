package org.zjcs.procurement.domain;

/** Who put an approval case on the platform: the owner itself, or the department's approval system through the API. */
public enum CaseSource {
    OWNER, API
}
