package org.zjcs.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * The operator's view of this server's search index: its status (progress, watermark, counts against the database)
 * and a full rebuild, which is audited ({@code SEARCH_REBUILD_STARTED}). Operators only.
 */
@ApplicationScoped
public class SearchAdmin {

    static final String OBJECT_TYPE = "SEARCH_INDEX";

    @Inject
    Guard guard;

    @Inject
    SearchIndex index;

    @Inject
    AuditService audit;

    /** The index's status; operators only. */
    public IndexStatus status() {
        guard.requireRole(Role.OPERATOR);
        return index.status();
    }

    /**
     * Starts a full rebuild in the background (the old index serves until the new one is ready); refused with
     * {@code search.error.rebuildRunning} while one runs, {@code search.error.unavailable} when the index is not open.
     */
    @Transactional
    public IndexStatus rebuild() {
        guard.requireRole(Role.OPERATOR);
        IndexStatus before = index.status();
        if ("REBUILDING".equals(before.state())) {
            throw new DomainException("search.error.rebuildRunning");
        }
        // audited first: when the rebuild cannot start, the exception rolls the audit record back
        audit.record("SEARCH_REBUILD_STARTED", OBJECT_TYPE, "notices",
                Map.of("documents", before.documents(), "publicDocuments", before.publicDocuments(),
                        "lastAppliedChangeId", before.lastAppliedChangeId()));
        if (!index.startRebuild()) {
            throw new DomainException("REBUILDING".equals(index.status().state())
                    ? "search.error.rebuildRunning" : "search.error.unavailable");
        }
        return index.status();
    }
}
