package org.zjcs.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.infrastructure.IndexUpdates.Change;

/**
 * Every rows reader of the index ({@link KindRows}: notices with their announcements, firms, service items, 通报, articles) and
 * the change log they follow. The rebuild reads each reader in keyset batches; the status sums their counts.
 */
@ApplicationScoped
public class SearchRows extends SqlReads {

    @Inject
    NoticeRows notices;

    @Inject
    FirmRows firms;

    @Inject
    ServiceItemRows serviceItems;

    @Inject
    BulletinRows bulletins;

    @Inject
    ArticleRows articles;

    private List<KindRows> fixed;

    public SearchRows() {
    }

    /** Readers given (tests); the change log must then be read by a subclass. */
    public SearchRows(List<KindRows> readers) {
        this.fixed = List.copyOf(readers);
    }

    /** The readers, notices first. */
    public List<KindRows> readers() {
        return fixed != null ? fixed : List.of(notices, firms, serviceItems, bulletins, articles);
    }

    /** The reader of a change-log entity, or null when no reader follows it. */
    public KindRows reader(String entity) {
        for (KindRows r : readers()) {
            if (r.entity().equals(entity)) {
                return r;
            }
        }
        return null;
    }

    /** Public documents per kind in the database now (every kind present, 0 when none). */
    public Map<SearchKind, Long> publicCounts() {
        Map<SearchKind, Long> out = new EnumMap<>(SearchKind.class);
        for (SearchKind k : SearchKind.values()) {
            out.put(k, 0L);
        }
        for (KindRows r : readers()) {
            r.publicCounts().forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        return out;
    }

    /** The highest id of the change log, 0 when it is empty. */
    public long lastChangeId() {
        return count("SELECT COALESCE(MAX(id), 0) FROM change_log");
    }

    /** Up to {@code limit} rows of the change log after {@code afterId}, by id. */
    public List<Change> changesAfter(long afterId, int limit) {
        return new ArrayList<>(list("SELECT id, entity, entity_id FROM change_log WHERE id > ? ORDER BY id LIMIT "
                + limit, rs -> new Change(rs.getLong(1), rs.getString(2), rs.getLong(3)), afterId));
    }
}
