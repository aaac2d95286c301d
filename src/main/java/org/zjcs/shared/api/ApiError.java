package org.zjcs.shared.api;

/** The body of every 4xx answer of the REST API: a stable code and a readable message. */
public record ApiError(String code, String message) {
}
