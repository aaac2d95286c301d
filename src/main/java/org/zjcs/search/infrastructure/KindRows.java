package org.zjcs.search.infrastructure;

import java.util.List;
import java.util.Map;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchKind;

/**
 * The index's reads of one kind of thing in the database (plain auto-commit SELECTs in {@code search.infrastructure},
 * nothing written). Adding a kind to the index is: a class implementing this (CDI {@code @ApplicationScoped}), the
 * document mapping in it, the kind in {@link SearchKind} with its label in both bundles, and the owning context writing
 * {@code ChangeLog.record(entity(), id)} in the transaction that changes the public thing (docs/search.md, "Adding a
 * kind").
 */
public interface KindRows {

    /** The change-log entity whose rows this reader applies ({@code NOTICE}, {@code FIRM}…). */
    String entity();

    /**
     * Every public document the entity {@code id} has now (a notice: itself and its announcements); empty when it is
     * not public or gone. Applying a row replaces all documents of the source {@code entity():id} with these.
     */
    List<IndexedDocument> documents(long id);

    /** The public documents of the entities with an id above {@code afterId}, up to {@code limit} entities, by id. */
    Batch after(long afterId, int limit);

    /** How many public documents of each kind this reader writes the database holds now (status, health). */
    Map<SearchKind, Long> publicCounts();

    /** One keyset batch of the rebuild: the documents, and the last entity id read (-1: none, the end). */
    record Batch(List<IndexedDocument> documents, long lastId) {
        public boolean isEmpty() {
            return lastId < 0;
        }
    }
}
