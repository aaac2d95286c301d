package org.zjcs.security.application;

import java.util.Optional;

/**
 * Implemented (as CDI beans) by the contexts whose stored files operators review: firm registration materials and
 * qualification scans (firm), owner registration certificates (owner). The file servlet lets an operator download
 * another organisation's file only when one of them names the review it belongs to, and audits why.
 */
public interface ReviewFileSource {

    /** The review {@code fileId} belongs to, e.g. {@code ("FIRM_REGISTRATION", "1004")}; empty if none of this source. */
    Optional<Review> reviewOf(long fileId);

    /** What an operator reviews with the file: the kind of review and the reviewed object's id. */
    record Review(String kind, String objectId) {
    }
}
