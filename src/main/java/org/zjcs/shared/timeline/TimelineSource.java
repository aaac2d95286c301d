package org.zjcs.shared.timeline;

import java.util.List;

/**
 * Implemented by each context that knows steps of a notice's history (procurement, selection, contract, delivery,
 * credit…) as a CDI bean; the approval-case timeline collects every implementation with {@code Instance<TimelineSource>},
 * so that the timeline imports none of them and a new context adds its steps by adding a source.
 */
public interface TimelineSource {

    /** The steps this context knows of the notice, in any order; only what may be shown to the case's approval staff. */
    List<TimelineEntry> stepsOf(long noticeId);
}
