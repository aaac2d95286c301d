package org.zjcs.shared.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations when the application starts, before any page, service or JPA
 * query can run; in demo mode it then applies the demo data. A failed migration stops the
 * application from starting. The migrations hold the database's named lock {@link MigrationLock} (nodes started
 * together migrate one after the other; a node waits at most {@code zjcs.migrate.lock-timeout} seconds, default 600,
 * then fails to start).
 */
@WebListener
public class MigrationListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MigrationListener.class.getName());

    @Resource(lookup = "jdbc/zjcs")
    private DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        Duration lockTimeout = config.getOptionalValue("zjcs.migrate.lock-timeout", Long.class)
                .map(Duration::ofSeconds).orElse(Migrations.DEFAULT_LOCK_TIMEOUT);
        Migrations migrations = new Migrations(dataSource, MigrationListener.class.getClassLoader(), lockTimeout);
        MigrateResult schema = migrations.migrateSchema();
        LOG.info(() -> "Schema migrations applied: " + schema.migrationsExecuted + "; schema version "
                + (schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion));
        Migrations.Status status = migrations.schemaStatus();
        if (status.newerThanApplication()) {
            LOG.severe(() -> "The database's schema (version " + status.currentVersion() + ") is newer than this"
                    + " application's newest migration (" + status.newestKnown() + "): an older application version"
                    + " started against a newer schema; /health/ready stays DOWN (check \"database\")");
        }
        boolean demo = config.getOptionalValue("zjcs.demo", Boolean.class).orElse(false);
        if (demo) {
            MigrateResult demoResult = migrations.migrateDemoData();
            LOG.info(() -> "Demo mode: demo data migrations applied: " + demoResult.migrationsExecuted);
        }
        schemaReady.fire(new SchemaReady(demo));
    }
}
