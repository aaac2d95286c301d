package org.zjcs.shared.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.Objects;

/**
 * The durable change log (table {@code change_log}, V55): a context records here, in the same transaction as the
 * change itself ({@code MANDATORY}), that something a reader keeps a copy of has changed: a notice whose public text
 * or state moved, a firm of the public directory, a service item, a 通报. The search index applies the rows after the last one it applied (docs/search.md, "Life cycle").
 * This class knows no context: callers name the entity with one of the constants below.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    /** A procurement notice: its public text or state changed (published, corrected, moved on, cancelled). */
    public static final String NOTICE = "NOTICE";

    /**
     * A firm (the organisation id): approved, suspended or reinstated, renamed, or its public profile changed (service
     * items offered, approved qualifications). Its announcements ride on {@link #NOTICE}.
     */
    public static final String FIRM = "FIRM";

    /** A service item of the catalog: created, changed, retired or reinstated. */
    public static final String SERVICE_ITEM = "SERVICE_ITEM";

    /** A regulator's 通报: published or withdrawn. */
    public static final String BULLETIN = "BULLETIN";

    /** An operator's article (政策法规, 办事指南, 通知公告): published, changed while published, or withdrawn. */
    public static final String ARTICLE = "ARTICLE";

    private static final int MAX_ENTITY = 32;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Event<EntityChanged> changed;

    @Inject
    Clock clock;

    /** Writes one row for {@code entity} {@code id} and fires {@link EntityChanged}; rolled back with the caller. */
    public void record(String entity, long id) {
        Objects.requireNonNull(entity, "entity");
        if (entity.isBlank() || entity.length() > MAX_ENTITY) {
            throw new IllegalArgumentException("entity kind must be 1-" + MAX_ENTITY + " characters: " + entity);
        }
        em.createNativeQuery("INSERT INTO change_log (entity, entity_id, changed_at) VALUES (?, ?, ?)")
                .setParameter(1, entity)
                .setParameter(2, id)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        changed.fire(new EntityChanged(entity, id));
    }
}
