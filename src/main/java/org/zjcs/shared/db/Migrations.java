package org.zjcs.shared.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The two Flyway locations: {@code db/migration} (schema and reference data, every installation) and
 * {@code db/demo} (demo data, only in demo mode, kept in its own history table so that it never mixes
 * with the real schema's history). Each migration runs under the database's named lock {@link MigrationLock}, so that
 * several nodes started together migrate once.
 */
public final class Migrations {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";
    public static final String SCHEMA_HISTORY = "flyway_schema_history";
    public static final String DEMO_HISTORY = "flyway_demo_history";
    /** How long a node waits for another node's migration by default (setting {@code zjcs.migrate.lock-timeout}). */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final Duration lockTimeout;

    public Migrations(DataSource dataSource, ClassLoader classLoader) {
        this(dataSource, classLoader, DEFAULT_LOCK_TIMEOUT);
    }

    public Migrations(DataSource dataSource, ClassLoader classLoader, Duration lockTimeout) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.lockTimeout = lockTimeout;
    }

    public MigrateResult migrateSchema() {
        return locked("schema migration", () -> schema().migrate());
    }

    public MigrateResult migrateDemoData() {
        // The schema is not empty when the demo data comes: its own history starts from a baseline at version 0.
        return locked("demo data migration",
                () -> configure(DEMO_LOCATION, DEMO_HISTORY).baselineOnMigrate(true).baselineVersion("0").load().migrate());
    }

    private MigrateResult locked(String what, Supplier<MigrateResult> migration) {
        try (MigrationLock lock = MigrationLock.acquire(dataSource, lockTimeout, what)) {
            return migration.get();
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": the migration lock " + MigrationLock.NAME + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Where the schema stands: the newest applied version (null when none), how many migrations are pending, and the
     * newest version this application ships (null when it ships none).
     */
    public record Status(String currentVersion, int pending, String newestKnown) {

        /**
         * Whether the database holds a migration newer than any this application knows: an older application version
         * started against a schema a newer one has migrated.
         */
        public boolean newerThanApplication() {
            return currentVersion != null && newestKnown != null
                    && MigrationVersion.fromVersion(currentVersion).compareTo(MigrationVersion.fromVersion(newestKnown)) > 0;
        }
    }

    public Status schemaStatus() {
        MigrationInfoService info = schema().info();
        MigrationInfo current = info.current();
        String newestKnown = Arrays.stream(info.all())
                .filter(m -> m.getVersion() != null && m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse(null);
        return new Status(current == null ? null : current.getVersion().getVersion(), info.pending().length, newestKnown);
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
                // numbers are handed out to parallel branches: a lower one merged after a higher one was applied
                // (V61 after V62) is applied at the next start instead of failing validation
                .outOfOrder(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator");
    }
}
