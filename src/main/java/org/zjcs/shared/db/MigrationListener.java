package org.zjcs.shared.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations when the application starts, before any page, service or JPA
 * query can run; in demo mode it then applies the demo data. A failed migration stops the
 * application from starting.
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
        Migrations migrations = new Migrations(dataSource, MigrationListener.class.getClassLoader());
        MigrateResult schema = migrations.migrateSchema();
        LOG.info(() -> "Schema migrations applied: " + schema.migrationsExecuted + "; schema version "
                + (schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion));
        boolean demo = ConfigProvider.getConfig().getOptionalValue("zjcs.demo", Boolean.class).orElse(false);
        if (demo) {
            MigrateResult demoResult = migrations.migrateDemoData();
            LOG.info(() -> "Demo mode: demo data migrations applied: " + demoResult.migrationsExecuted);
        }
        schemaReady.fire(new SchemaReady(demo));
    }
}
