package org.zjcs.catalog.application;

import org.zjcs.shared.change.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceGuide;
import org.zjcs.catalog.domain.ServiceGuideDraft;
import java.util.Optional;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.catalog.domain.ServiceItemDraft;
import org.zjcs.catalog.domain.ServiceItemStatus;
import org.zjcs.catalog.domain.CatalogRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The service-item catalogue: public reading, and the regulator's changes (create, change, retire,
 * reinstate), each checked for the REGULATOR role here and audited with what changed.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    ChangeLog changeLog;

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "ServiceItem";
    static final String GUIDE_TYPE = "ServiceGuide";

    @Inject
    CatalogRepository repository;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    CatalogCache cache;

    @Inject
    Event<CatalogChanged> changed;

    public List<ServiceItem> itemsInForce() {
        return repository.inForce();
    }

    public Map<String, QualificationType> qualificationTypes() {
        return repository.types();
    }

    public List<ServiceItem> search(String text, ServiceItemStatus status, int first, int size) {
        return repository.search(text, status, first, size);
    }

    public long count(String text, ServiceItemStatus status) {
        return repository.count(text, status);
    }

    /** The items in force from the in-memory cache (public pages; read only). */
    public List<ServiceItem> cachedItemsInForce() {
        return cache.itemsInForce();
    }

    /** The qualification types from the in-memory cache (public pages; read only). */
    public Map<String, QualificationType> cachedQualificationTypes() {
        return cache.qualificationTypes();
    }

    /** An item from the in-memory cache, for labels on public pages (read only, never to change). */
    public ServiceItem cachedItem(long id) {
        return cache.item(id).orElseThrow(() -> new DomainException("catalog.error.notFound"));
    }

    public ServiceItem item(long id) {
        return repository.find(id).orElseThrow(() -> new DomainException("catalog.error.notFound"));
    }

    /** The item in force with this code, from the cache (public guide page); empty for an unknown or retired code. */
    public Optional<ServiceItem> cachedItemInForce(String code) {
        return code == null ? Optional.empty() : cache.inForceByCode(code.trim());
    }

    /** An item's service guide from the cache (public pages, read only). */
    public Optional<ServiceGuide> cachedGuide(long serviceItemId) {
        return cache.guide(serviceItemId);
    }

    /** An item's service guide as stored now (the catalogue admin). */
    public Optional<ServiceGuide> guide(long serviceItemId) {
        return repository.guide(serviceItemId);
    }

    /**
     * Writes an item's service guide: creates it when the item has none ({@code expectedVersion} then ignored),
     * otherwise changes it, refused when someone else changed it since {@code expectedVersion} was read. Audited as
     * CATALOG_GUIDE_CHANGED with what changed.
     */
    @Transactional
    public ServiceGuide saveGuide(long serviceItemId, long expectedVersion, ServiceGuideDraft draft) {
        ZjcsPrincipal regulator = guard.requireRole(Role.REGULATOR);
        ServiceItem item = item(serviceItemId);
        Optional<ServiceGuide> existing = repository.guide(serviceItemId);
        ServiceGuide guide;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", item.getCode());
        if (existing.isEmpty()) {
            guide = ServiceGuide.create(serviceItemId, draft, clock.instant(), regulator.username());
            repository.addGuide(guide);
            details.putAll(describe(guide));
            audit.record("CATALOG_GUIDE_CREATED", GUIDE_TYPE, String.valueOf(serviceItemId), details);
        } else {
            guide = existing.get();
            if (guide.getVersion() != expectedVersion) {
                throw new DomainException("catalog.error.stale");
            }
            Map<String, Object> before = describe(guide);
            guide.change(draft, clock.instant(), regulator.username());
            Map<String, Object> after = describe(guide);
            for (Map.Entry<String, Object> e : after.entrySet()) {
                if (!String.valueOf(before.get(e.getKey())).equals(String.valueOf(e.getValue()))) {
                    details.put(e.getKey(), Map.of("from", String.valueOf(before.get(e.getKey())), "to", String.valueOf(e.getValue())));
                }
            }
            if (details.size() == 1) {
                throw new DomainException("catalog.error.nothingChanged");
            }
            audit.record("CATALOG_GUIDE_CHANGED", GUIDE_TYPE, String.valueOf(serviceItemId), details);
        }
        changed.fire(new CatalogChanged(serviceItemId));
        return guide;
    }

    private static Map<String, Object> describe(ServiceGuide g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conditions", g.getConditions());
        m.put("materials", g.getMaterials());
        m.put("steps", g.getSteps().toString());
        m.put("timeLimitDays", g.getTimeLimitDays());
        m.put("timeLimitNote", String.valueOf(g.getTimeLimitNote()));
        m.put("feeStandard", g.getFeeStandard());
        m.put("feeBasis", g.getFeeBasis());
        return m;
    }

    @Transactional
    public ServiceItem createItem(ServiceItemDraft draft) {
        ZjcsPrincipal regulator = guard.requireRole(Role.REGULATOR);
        String code = draft.code() == null ? null : draft.code().trim();
        if (code != null && repository.byCode(code).isPresent()) {
            throw new DomainException("catalog.error.codeTaken", code);
        }
        ServiceItem item = ServiceItem.create(draft, repository.types(), clock.instant(), regulator.username());
        repository.add(item);
        audit.record("CATALOG_ITEM_CREATED", OBJECT_TYPE, String.valueOf(item.getId()), describe(item));
        changed.fire(new CatalogChanged(item.getId()));
        changeLog.record(ChangeLog.SERVICE_ITEM, item.getId());
        return item;
    }

    /** Changes an item; refused when someone else changed it since {@code expectedVersion} was read. */
    @Transactional
    public ServiceItem changeItem(long id, long expectedVersion, ServiceItemDraft draft) {
        ZjcsPrincipal regulator = guard.requireRole(Role.REGULATOR);
        ServiceItem item = item(id);
        if (item.getVersion() != expectedVersion) {
            throw new DomainException("catalog.error.stale");
        }
        Map<String, Object> before = describe(item);
        item.change(draft, repository.types(), clock.instant(), regulator.username());
        Map<String, Object> after = describe(item);
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            if (!String.valueOf(before.get(e.getKey())).equals(String.valueOf(e.getValue()))) {
                details.put(e.getKey(), Map.of("from", String.valueOf(before.get(e.getKey())), "to", String.valueOf(e.getValue())));
            }
        }
        if (details.isEmpty()) {
            throw new DomainException("catalog.error.nothingChanged");
        }
        audit.record("CATALOG_ITEM_CHANGED", OBJECT_TYPE, String.valueOf(id), details);
        changed.fire(new CatalogChanged(id));
        changeLog.record(ChangeLog.SERVICE_ITEM, id);
        return item;
    }

    @Transactional
    public void retireItem(long id, String reason) {
        ZjcsPrincipal regulator = guard.requireRole(Role.REGULATOR);
        String r = requireReason(reason);
        ServiceItem item = item(id);
        item.retire(clock.instant(), regulator.username());
        audit.record("CATALOG_ITEM_RETIRED", OBJECT_TYPE, String.valueOf(id), Map.of("code", item.getCode(), "reason", r));
        changed.fire(new CatalogChanged(id));
        changeLog.record(ChangeLog.SERVICE_ITEM, id);
    }

    @Transactional
    public void reinstateItem(long id, String reason) {
        ZjcsPrincipal regulator = guard.requireRole(Role.REGULATOR);
        String r = requireReason(reason);
        ServiceItem item = item(id);
        item.reinstate(clock.instant(), regulator.username());
        audit.record("CATALOG_ITEM_REINSTATED", OBJECT_TYPE, String.valueOf(id), Map.of("code", item.getCode(), "reason", r));
        changed.fire(new CatalogChanged(id));
        changeLog.record(ChangeLog.SERVICE_ITEM, id);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("catalog.error.reasonRequired");
        }
        return reason.trim();
    }

    private static Map<String, Object> describe(ServiceItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", item.getCode());
        m.put("nameZh", item.getNameZh());
        m.put("nameEn", item.getNameEn());
        m.put("legalBasis", item.getLegalBasis());
        m.put("approvalItems", item.getApprovalItems());
        m.put("mode", item.getRequirementMode().name());
        m.put("requirements", item.getRequirements().toString());
        m.put("status", item.getStatus().name());
        return m;
    }

}
