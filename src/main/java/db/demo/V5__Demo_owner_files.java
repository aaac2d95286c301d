package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only): the owner organisations' certificate scans listed in {@code db/demo/demo-owner-files.csv};
 * the owner units themselves come in V7__demo_owner_units.sql.
 */
public class V5__Demo_owner_files extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-owner-files.csv");
    }
}
