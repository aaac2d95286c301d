package org.zjcs.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in {@code /health/ready} ("searchIndex"): its state, the documents it holds against the public
 * notices in the database, the watermark against the change log, and {@code inStep}. Down only when the index could
 * not be opened (FAILED): a server whose index lags or is being rebuilt still serves everything else, and its searches
 * answer from the index it has; a monitor alerts on {@code inStep} staying false.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("searchIndex");
        try {
            IndexStatus s = index.status();
            b.withData("state", s.state())
             .withData("documents", s.documents())
             .withData("publicDocuments", s.publicDocuments())
             .withData("publicNotices", s.publicNotices())
             .withData("lastAppliedChangeId", s.lastAppliedChangeId())
             .withData("lastChangeId", s.lastChangeId())
             .withData("inStep", s.inStep());
            // per kind: "index/database" (e.g. FIRM 8/8)
            s.kinds().forEach((k, c) -> b.withData("kind." + k, c.index() + "/" + c.database()));
            return ("FAILED".equals(s.state()) ? b.down() : b.up()).build();
        } catch (RuntimeException e) {
            // the database is unreadable: the database check says so; the index itself still answers
            return b.up().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
