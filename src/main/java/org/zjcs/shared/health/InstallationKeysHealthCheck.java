package org.zjcs.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zjcs.shared.crypto.InstallationKeys;
import org.zjcs.shared.crypto.KeyFingerprint;

/**
 * Ready only while this node's keys are the installation's (/health/ready, check "installation-keys"): DOWN with the
 * reason when the sealing key, or the configured draw witness key, differs from the one the first node recorded, so that
 * the load balancer sends it nothing. Shows fingerprints' first digits only, never a key.
 */
@Readiness
@ApplicationScoped
public class InstallationKeysHealthCheck implements HealthCheck {

    @Inject
    InstallationKeys keys;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("installation-keys");
        List<KeyFingerprint.Check> checks;
        try {
            checks = keys.verify();
        } catch (Exception e) {
            return b.down().withData("error", e.getClass().getSimpleName()).build();
        }
        for (KeyFingerprint.Check c : checks) {
            b.withData(c.name(), (c.matches() ? "same as the installation's, " : "DIFFERS, ")
                    + KeyFingerprint.shown(c.node()));
        }
        String problems = checks.stream().filter(c -> !c.matches()).map(KeyFingerprint.Check::problem)
                .collect(Collectors.joining("; "));
        return problems.isEmpty() ? b.up().build() : b.down().withData("problem", problems).build();
    }
}
