package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only): the demo firms' materials as small sample PDFs, written to the data directory with
 * their stored_file rows, as listed in {@code db/demo/demo-files.csv}. A Java migration because the files must exist
 * on disk, not only as rows; the firms themselves come in V4__demo_firms.sql.
 */
public class V3__Demo_files extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-files.csv");
    }
}
