package org.zjcs.shared.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The two Flyway locations: {@code db/migration} (schema and reference data, every installation) and
 * {@code db/demo} (demo data, only in demo mode, kept in its own history table so that it never mixes
 * with the real schema's history).
 */
public final class Migrations {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";
    public static final String SCHEMA_HISTORY = "flyway_schema_history";
    public static final String DEMO_HISTORY = "flyway_demo_history";

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public Migrations(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    public MigrateResult migrateSchema() {
        return schema().migrate();
    }

    public MigrateResult migrateDemoData() {
        // The schema is not empty when the demo data comes: its own history starts from a baseline at version 0.
        return configure(DEMO_LOCATION, DEMO_HISTORY).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /** Where the schema stands: the newest applied version (null when none) and how many migrations are pending. */
    public record Status(String currentVersion, int pending) {
    }

    public Status schemaStatus() {
        MigrationInfoService info = schema().info();
        MigrationInfo current = info.current();
        return new Status(current == null ? null : current.getVersion().getVersion(), info.pending().length);
    }

    private Flyway schema() {
        return flyway(SCHEMA_LOCATION, SCHEMA_HISTORY);
    }

    private Flyway flyway(String location, String table) {
        return configure(location, table).load();
    }

    /*
     * On Liberty, Flyway finds a classpath location only through a marker file named flyway.location in it
     * (db-scripts/migration/flyway.location, db-scripts/demo/flyway.location). Its log goes to
     * java.util.logging, i.e. Liberty's messages.log.
     */
    private FluentConfiguration configure(String location, String table) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .callbackLocations(new String[0])
                .table(table)
                .baselineOnMigrate(false)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator");
    }
}
