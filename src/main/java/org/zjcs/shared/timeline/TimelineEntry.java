package org.zjcs.shared.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One step in the history of a notice, for the approval-case timeline: when, what (a message key with its arguments,
 * e.g. {@code timeline.contract.confirmed}), who acted, and optional links (a document, a proof). The contexts that
 * know the steps provide them ({@link TimelineSource}); the timeline page only sorts and shows them.
 *
 * @param at       when it happened
 * @param noticeId the notice it belongs to
 * @param kind     a stable code, e.g. {@code NOTICE_PUBLISHED}, {@code CONTRACT_CONFIRMED} (the JSON's "kind")
 * @param textKey  the message key describing it
 * @param args     the message's arguments (plain strings)
 * @param actor    who acted (a user name, {@code system}, or an organisation name)
 * @param links    documents or pages about it (may be empty)
 */
public record TimelineEntry(Instant at, long noticeId, String kind, String textKey, List<String> args, String actor,
                            List<Link> links) {

    /** A document or page of a step: a message key for its label and a path (relative to the application). */
    public record Link(String labelKey, String path) {
    }

    public TimelineEntry {
        args = List.copyOf(args);
        links = List.copyOf(links);
    }
}
