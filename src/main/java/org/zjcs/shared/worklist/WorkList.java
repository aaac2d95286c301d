package org.zjcs.shared.worklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A work list: items ordered by their next due date (overdue first, then the soonest; items without a due date last),
 * and links to the full lists of the sources that had more than they show.
 */
public record WorkList(List<WorkItem> items, List<More> more) {

    /** A link to a full list: a message key for its label and a path relative to the application. */
    public record More(String labelKey, String link) {
    }

    public static final WorkList EMPTY = new WorkList(List.of(), List.of());

    /**
     * Overdue first (the longest overdue first), then the soonest due, then those without a due date; ties keep the
     * sources' order (the sort is stable).
     */
    public static final Comparator<WorkItem> ORDER = Comparator
            .comparing((WorkItem i) -> i.dueAt() == null ? 2 : i.overdue() ? 0 : 1)
            .thenComparing(WorkItem::dueAt, Comparator.nullsLast(Instant::compareTo));

    public WorkList {
        items = List.copyOf(items);
        more = List.copyOf(more);
    }

    /** The items of several lists in {@link #ORDER}, with all their "more" links. */
    public static WorkList merge(List<WorkList> parts) {
        List<WorkItem> all = new ArrayList<>();
        List<More> links = new ArrayList<>();
        for (WorkList p : parts) {
            all.addAll(p.items());
            p.more().stream().filter(m -> !links.contains(m)).forEach(links::add);
        }
        all.sort(ORDER);
        return new WorkList(all, links);
    }

    /**
     * Builds a source's list: {@link #add} the rows of each query (read with {@code LIMIT + 1}); when a query found more
     * than {@link WorkListService#LIMIT}, only that many are kept and its full list is offered.
     */
    public static final class Builder {
        private final List<WorkItem> items = new ArrayList<>();
        private final List<More> more = new ArrayList<>();

        public <T> Builder add(List<T> rows, java.util.function.Function<T, WorkItem> item, String moreKey, String moreLink) {
            int n = 0;
            for (T row : rows) {
                if (n++ == WorkListService.LIMIT) {
                    More m = new More(moreKey, moreLink);
                    if (!more.contains(m)) {
                        more.add(m);
                    }
                    break;
                }
                WorkItem i = item.apply(row);
                if (i != null) {
                    items.add(i);
                }
            }
            return this;
        }

        public WorkList build() {
            return new WorkList(items, more);
        }
    }
}
