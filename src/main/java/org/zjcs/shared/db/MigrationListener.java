package org.zjcs.shared.db;

import jakarta.annotation.Resource;
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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Migrations migrations = new Migrations(dataSource, MigrationListener.class.getClassLoader());
        MigrateResult schema = migrations.migrateSchema();
        LOG.info(() -> "Schema migrations applied: " + schema.migrationsExecuted + ", now at version " + schema.targetSchemaVersion);
        boolean demo = ConfigProvider.getConfig().getOptionalValue("zjcs.demo", Boolean.class).orElse(false);
        if (demo) {
            MigrateResult demoResult = migrations.migrateDemoData();
            LOG.info(() -> "Demo mode: demo data migrations applied: " + demoResult.migrationsExecuted);
        }
    }
}
