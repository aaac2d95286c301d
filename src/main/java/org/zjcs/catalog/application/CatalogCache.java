package org.zjcs.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceGuide;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.catalog.domain.CatalogRepository;
import org.zjcs.shared.time.ClockMoved;

/**
 * What the public pages read of the catalogue (items in force, every item by id for labels, qualification types,
 * service guides),
 * kept in memory. Emptied right after a change commits on this server ({@link CatalogChanged}); other servers
 * sharing the database see the change within {@link #TTL} at most (docs/architecture.md, "Caches").
 * The entities held here are detached copies: for reading only, never for changes.
 */
@ApplicationScoped
public class CatalogCache {

    /** The longest a cached catalogue is kept (the bound of staleness when several servers share the database). */
    public static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    CatalogRepository repository;

    @Inject
    Clock clock;

    private record Snapshot(Instant loadedAt, List<ServiceItem> inForce, Map<String, QualificationType> types,
            Map<Long, ServiceGuide> guides) {
    }

    private volatile Snapshot snapshot;
    private final Map<Long, Timed<ServiceItem>> items = new ConcurrentHashMap<>();

    private record Timed<T>(Instant loadedAt, T value) {
    }

    public List<ServiceItem> itemsInForce() {
        return current().inForce();
    }

    public Map<String, QualificationType> qualificationTypes() {
        return current().types();
    }

    public Optional<ServiceItem> item(long id) {
        Instant now = clock.instant();
        Timed<ServiceItem> t = items.get(id);
        if (t == null || expired(t.loadedAt(), now)) {
            Optional<ServiceItem> found = repository.find(id);
            found.ifPresent(i -> items.put(id, new Timed<>(now, i)));
            return found;
        }
        return Optional.of(t.value());
    }

    /** The item in force with this code (public pages: a retired or unknown code has none). */
    public Optional<ServiceItem> inForceByCode(String code) {
        return current().inForce().stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    /** The guide of an item, if it has one. */
    public Optional<ServiceGuide> guide(long serviceItemId) {
        return Optional.ofNullable(current().guides().get(serviceItemId));
    }

    private boolean expired(Instant loadedAt, Instant now) {
        return !loadedAt.plus(TTL).isAfter(now);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || expired(s.loadedAt(), now)) {
            Map<Long, ServiceGuide> guides = new java.util.HashMap<>();
            for (ServiceGuide g : repository.guides()) {
                guides.put(g.getServiceItemId(), g);
            }
            s = new Snapshot(now, List.copyOf(repository.inForce()), Map.copyOf(repository.types()), Map.copyOf(guides));
            snapshot = s;
        }
        return s;
    }

    /** The test clock moved: what was loaded "at" the old time is forgotten. */
    void onClockMoved(@Observes ClockMoved moved) {
        invalidate();
    }

    /** Forgets everything; the next read loads the catalogue again. */
    public void invalidate() {
        snapshot = null;
        items.clear();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        invalidate();
    }
}
