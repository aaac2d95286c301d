package org.zjcs.shared.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The work list (工作台) of an organisation: the items of every {@link WorkListSource} for it, in due-date order
 * ({@link WorkList#ORDER}). It reads only; who the actor is (role and organisation) is the caller's to check — the
 * pages ask {@code security}'s {@code WorkLists}, which takes both from the logged-in account.
 */
@ApplicationScoped
@Transactional
public class WorkListService {

    /** At most this many rows of one query of one source; more are behind the source's "more" link. */
    public static final int LIMIT = 50;

    /** Closed things (results, answers, confirmed contracts…) stay on the list this many days. */
    public static final int RECENT_DAYS = 90;

    @Inject
    Instance<WorkListSource> sources;

    public WorkList of(WorkActor actor) {
        List<WorkList> parts = new ArrayList<>();
        for (WorkListSource s : sources) {
            parts.add(s.itemsFor(actor));
        }
        return WorkList.merge(parts);
    }
}
