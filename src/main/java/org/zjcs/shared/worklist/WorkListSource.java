package org.zjcs.shared.worklist;

/**
 * Implemented by each context that owns things an organisation works on (enrolments, objections, contracts,
 * deliverables, evaluations…) as a CDI bean; {@link WorkListService} collects every implementation with
 * {@code Instance<WorkListSource>}, so that the work list imports none of them and a new context adds its items by
 * adding a source. A source answers only for the acting organisation (its own items, never another's) and reads a
 * bounded amount: open things and things closed within {@link WorkListService#RECENT_DAYS} days, at most
 * {@link WorkListService#LIMIT} per query, with a {@link WorkList.More} link to its full list when there are more.
 */
public interface WorkListSource {

    /** The items of this context for the actor; an empty list for a role the context has nothing for. */
    WorkList itemsFor(WorkActor actor);
}
