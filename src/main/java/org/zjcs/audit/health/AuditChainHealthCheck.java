package org.zjcs.audit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zjcs.audit.application.AuditChainMonitor;
import org.zjcs.audit.domain.ChainVerification;

/**
 * Ready only while the audit chain is known intact (/health/ready, check "audit-chain"): DOWN until the start-up walk
 * finished, and DOWN with the first broken entry's id and the kind of break while it is broken. Shows ids, counts and
 * times only: no entry content, no hashes.
 */
@Readiness
@ApplicationScoped
public class AuditChainHealthCheck implements HealthCheck {

    @Inject
    AuditChainMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        AuditChainMonitor.State s = monitor.state();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("audit-chain");
        ChainVerification v = s.verification();
        if (v == null) {
            return b.down().withData("verified", false).withData("status", "verifying").build();
        }
        b.withData("verifiedAt", s.verifiedAt().toString())
         .withData("verifiedUpTo", s.verifiedUpTo())
         .withData("lastWalk", s.fullWalk() ? "full" : "incremental")
         .withData("lastWalkMillis", s.millis());
        if (v.intact()) {
            return b.up().withData("intact", true).build();
        }
        return b.down().withData("intact", false).withData("brokenAtEntry", v.firstBrokenId())
                .withData("problem", v.problem().name()).build();
    }
}
