package db.demo;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only) of complaints and reports: the evidence file of {@code db/demo/demo-complaint-files.csv}
 * written as a small PDF, then the statements of {@code db/demo/demo-complaints.sql.txt} (an answered complaint after a
 * rejected objection, an open report). A Java migration because the evidence must exist on disk, as V14's.
 */
public class V17__Demo_complaints extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-complaint-files.csv");
        StringBuilder statement = new StringBuilder();
        try (InputStream sql = V17__Demo_complaints.class.getResourceAsStream("/db/demo/demo-complaints.sql.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8));
             Statement s = context.getConnection().createStatement()) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = statement.toString().strip();
                    s.execute(text.substring(0, text.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }
}
