package org.zjcs.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zjcs.shared.db.ConflictRetry;
import org.zjcs.shared.db.Migrations;
import org.zjcs.shared.error.DatabaseOutage;

/**
 * Ready when the database answers and every schema migration the application ships has been applied; DOWN, naming both
 * versions, when the database's schema is newer than the newest migration this node knows (an older WAR started against
 * a schema a newer one migrated: it must not join the cluster). DOWN with {@code "problem": "the database is
 * unreachable …"} while no connection can be had (the node answers 503 meanwhile and comes back by itself when the
 * database does: the pool discards dead connections and opens new ones). Shows this node's write conflicts and retries
 * so far ({@link ConflictRetry#COUNTS}).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/zjcs")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            Migrations migrations = new Migrations(dataSource, DatabaseHealthCheck.class.getClassLoader());
            Migrations.Status status = migrations.schemaStatus();
            int pending = status.pending();
            String version = status.currentVersion();
            b.withData("reachable", true)
             .withData("schemaVersion", version == null ? "none" : version)
             .withData("pendingMigrations", pending)
             .withData("newestKnownMigration", status.newestKnown() == null ? "none" : status.newestKnown())
             .withData("writeConflicts", ConflictRetry.COUNTS.conflicts())
             .withData("conflictRetries", ConflictRetry.COUNTS.retries())
             .withData("conflictsGivenUp", ConflictRetry.COUNTS.givenUp());
            if (status.newerThanApplication()) {
                return b.down().withData("problem", "the database's schema (version " + version + ") is newer than"
                        + " this node's newest migration (" + status.newestKnown() + "): an older application version;"
                        + " start this node with the installation's current WAR").build();
            }
            return (pending == 0 && version != null ? b.up() : b.down()).build();
        } catch (Exception e) {
            b.down().withData("reachable", false).withData("error", e.getClass().getSimpleName());
            if (DatabaseOutage.isUnreachable(e)) {
                b.withData("problem", "the database is unreachable (no connection: " + e.getClass().getSimpleName()
                        + "); this node answers 503 until it is back");
            }
            return b.build();
        }
    }
}
